use awsop::{aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

#[aws_shape]
pub struct Out {}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError)]
pub struct Op {
    #[aws(idempotency_token)]
    pub client_token: Option<i32>,
}

fn main() {}
