use awsop::aws_shape;

#[aws_shape(eq, no_eq)]
pub struct Out {
    pub a: Option<String>,
}

fn main() {}
