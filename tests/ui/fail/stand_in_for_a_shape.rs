use awsop::{aws_operation, aws_service, aws_shape};

#[aws_service(protocol = awsJson1_1, target_prefix = "P", endpoint_prefix = "p", service_id = "P")]
pub struct Svc;

// The one mistake: `renam` for `rename`. The operation that returns `Out` and
// the call site that reads it give no further error.
#[aws_shape]
pub struct Out {
    #[aws(renam = "Value")]
    pub value: Option<String>,
}

#[aws_operation(service = Svc, target = "Op", output = Out, error = awsop::error::UnhandledError)]
pub struct Op {
    pub key: String,
}

async fn call(client: &awsop::Client) -> Option<String> {
    let out = Op::new("k").send(client).await.ok()?;
    let copy = out.clone();
    assert_eq!(out, copy);
    println!("{out:?}");
    out.value
}

fn main() {
    let _ = call;
    let _ = Out::default();
}
