use awsop::aws_enum;

#[aws_enum(output)]
pub enum State {
    #[aws(value = "ON")]
    On,
    #[aws(other)]
    Unknown(String),
}

fn main() {}
