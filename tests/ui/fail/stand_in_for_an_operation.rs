use awsop::{aws_error, aws_exception, aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

#[aws_shape]
pub struct Out {
    pub value: Option<String>,
}

#[aws_exception]
pub struct NotFound {
    pub message: Option<String>,
}

#[aws_error]
pub enum OpError {
    #[aws(code = "NotFound")]
    NotFound(NotFound),
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// The one mistake: `auth = maybe`. The call site that builds and sends the
// operation gives no further error.
#[aws_operation(service = Svc, target = "Op", output = Out, error = OpError, auth = maybe)]
pub struct Op {
    pub key: String,
    pub limit: Option<i32>,
}

async fn call(client: &awsop::Client) -> Option<String> {
    let op = Op::new("k");
    println!("{op:?}");
    let out = op.send(client).await.ok()?;
    out.value
}

fn main() {
    let _ = call;
}
