use awsop::aws_service;

#[aws_service(protocol = awsJson1_1, target_prefix = "My\tService", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

fn main() {}
