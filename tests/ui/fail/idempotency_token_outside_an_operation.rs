use awsop::aws_shape;

#[aws_shape]
pub struct Item {
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

fn main() {}
