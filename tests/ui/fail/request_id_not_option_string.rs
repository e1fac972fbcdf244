use awsop::aws_shape;

#[aws_shape]
pub struct Out {
    #[aws(request_id)]
    pub request_id: String,
}

fn main() {}
