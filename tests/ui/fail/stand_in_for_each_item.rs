use awsop::{aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

// One mistake in each of the exception, the wire enum and the error enum:
// three errors, and none from the items and call sites that use them.
#[aws_exception(retryable, throttling)]
pub struct NotFound {
    pub message: Option<String>,
}

#[aws_enum]
pub enum Status {
    #[aws(value = "ON")]
    On,
    #[aws(value = "OFF")]
    Off,
}

#[aws_error]
pub enum OpError {
    #[aws(code = "NotFound", colour)]
    NotFound(NotFound),
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

#[aws_shape(eq)]
pub struct Out {
    pub status: Option<Status>,
}

#[aws_operation(service = Svc, target = "Op", output = Out, error = OpError)]
pub struct Op {
    pub status: Status,
}

async fn call(client: &awsop::Client) -> Option<String> {
    let status: Status = "ON".parse().ok()?;
    println!("{status} {:?} {}", Status::VALUES, status.as_str());
    match Op::new(status).send(client).await {
        Ok(out) => out.status.map(|s| s.to_string()),
        Err(e) => {
            if let Some(OpError::NotFound(nf)) = e.service_error() {
                println!("{nf} {:?}", nf.meta());
            }
            None
        }
    }
}

fn main() {
    let _ = call;
}
