use awsop::aws_exception;

#[aws_exception(output)]
pub struct NotFound {
    pub message: Option<String>,
}

fn main() {}
