use awsop::{aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

#[aws_shape]
pub struct Out {}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError, auth = maybe)]
pub struct Op {
    #[aws(sensitive)]
    pub a: Option<String>,
}

// One mistake, one error: the struct is still there for the rest of the crate.
fn main() {
    let op = Op { a: None };
    let _ = op.a;
}
