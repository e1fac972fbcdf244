use awsop::{aws_error, aws_exception};

#[aws_exception]
pub struct Boom {}

#[aws_error]
pub enum OpError {
    Boom(Boom),
}

fn main() {}
