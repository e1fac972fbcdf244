use awsop::{aws_operation, aws_service, aws_shape};

// The one mistake: no `service_id`. The operation of this service and the
// call site that sends it give no further error.
#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p")]
pub struct Svc;

#[aws_shape]
pub struct Out {
    pub value: Option<String>,
}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError)]
pub struct Op {
    pub key: String,
}

async fn call(client: &awsop::Client) -> Option<String> {
    let out = Op::new("k").send(client).await.ok()?;
    out.value
}

fn main() {
    let _ = call;
}
