use awsop::aws_enum;

#[aws_enum]
pub enum Color {
    Red,
    #[aws(other)]
    Unknown(String),
    #[aws(other)]
    Other(String),
}

fn main() {}
