use awsop::{aws_operation, aws_shape};

pub struct Svc;

#[aws_shape]
pub struct Out {}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError)]
pub struct Op {
    pub a: Option<String>,
}

fn main() {}
