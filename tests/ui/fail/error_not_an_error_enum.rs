use awsop::{aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

#[aws_shape]
pub struct Out {}

#[derive(Debug)]
pub struct OpError;

#[aws_operation(service = Svc, target = "Op", output = Out, error = OpError)]
pub struct Op {
    pub a: Option<String>,
}

fn main() {}
