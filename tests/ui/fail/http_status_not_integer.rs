use awsop::aws_shape;

#[aws_shape]
pub struct Out {
    #[aws(http_status)]
    pub status: String,
}

fn main() {}
