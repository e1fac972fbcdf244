use awsop::{aws_operation, aws_service};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

pub struct Out {}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError)]
pub struct Op {
    pub a: Option<String>,
}

fn main() {}
