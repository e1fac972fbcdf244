use awsop::aws_enum;

#[aws_enum]
pub enum Color {
    Red,
    Blue,
}

fn main() {}
