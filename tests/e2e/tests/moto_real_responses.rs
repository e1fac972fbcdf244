#![allow(clippy::unwrap_used)]
//! What moto really answers for services this project has not annotated
//! (issue 10, items 17 and 18), against moto 5.2.5 ([`Moto::shared`]; the
//! test fails and says why if moto cannot be started):
//!
//! - Secrets Manager labels its 2xx JSON `Content-Type: text/html`: the
//!   output decodes, as botocore's does.
//! - SQS (awsJson 1.0, query-compatible) sends an exception's message as
//!   both `message` and `Message`: the typed variant, never `Unhandled`.
//! - A secret echoed back by the service never shows in the error.

use awsop::error::UnhandledError;
use awsop::{
    Client, Credentials, Sensitive, aws_error, aws_exception, aws_operation, aws_service, aws_shape,
};
use awsop_test_support::moto::Moto;

fn client() -> Client {
    Client::builder()
        .region("us-east-1")
        .endpoint_url(Moto::shared().url())
        .credentials(Credentials::new("AKID", "secret", None, None, "test"))
        .jitter(|| 0.0)
        .build()
        .unwrap()
}

// --- Secrets Manager --------------------------------------------------------

/// AWS Secrets Manager.
#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "secretsmanager",
    endpoint_prefix = "secretsmanager",
    service_id = "Secrets Manager",
)]
pub struct SecretsManager;

/// Creates a secret.
#[aws_operation(
    service = SecretsManager,
    target = "CreateSecret",
    output = CreateSecretResponse,
    error = SecretsError,
)]
pub struct CreateSecret {
    /// The name.
    pub name: String,
    /// The value.
    pub secret_string: Option<Sensitive<String>>,
}

/// What `CreateSecret` returns.
#[aws_shape]
pub struct CreateSecretResponse {
    /// The ARN.
    #[aws(rename = "ARN")]
    pub arn: Option<String>,
    /// The name.
    pub name: Option<String>,
}

/// Reads a secret.
#[aws_operation(
    service = SecretsManager,
    target = "GetSecretValue",
    output = GetSecretValueResponse,
    error = SecretsError,
)]
pub struct GetSecretValue {
    /// The name or ARN.
    pub secret_id: String,
}

/// What `GetSecretValue` returns.
#[aws_shape]
pub struct GetSecretValueResponse {
    /// The value.
    pub secret_string: Option<Sensitive<String>>,
}

/// No such secret.
#[aws_exception]
pub struct ResourceNotFoundException {
    /// The message.
    pub message: Option<String>,
}

/// The errors of the Secrets Manager operations here.
#[aws_error]
pub enum SecretsError {
    /// No such secret.
    ResourceNotFoundException(ResourceNotFoundException),
    /// Anything else.
    #[aws(other)]
    Unhandled(UnhandledError),
}

#[tokio::test(flavor = "current_thread")]
async fn secrets_manager_outputs_labelled_html_decode() {
    let client = client();
    let name = format!("awsop-e2e-{}", std::process::id());
    let created = CreateSecret::new(name.clone())
        .secret_string("hunter2-e2e")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(created.name.as_deref(), Some(name.as_str()));
    assert!(created.arn.unwrap().starts_with("arn:aws:secretsmanager:"));
    let got = GetSecretValue::new(name).send(&client).await.unwrap();
    assert_eq!(got.secret_string.unwrap().expose(), "hunter2-e2e");

    let err = GetSecretValue::new("no-such-secret")
        .send(&client)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.service_error(),
            Some(SecretsError::ResourceNotFoundException(_))
        ),
        "{err:?}"
    );
}

// --- SQS ----------------------------------------------------------------------

/// Amazon SQS, awsJson 1.0.
#[aws_service(
    protocol = awsJson1_0,
    target_prefix = "AmazonSQS",
    endpoint_prefix = "sqs",
    service_id = "SQS",
)]
pub struct Sqs;

/// Looks a queue up by name.
#[aws_operation(
    service = Sqs,
    target = "GetQueueUrl",
    output = GetQueueUrlResult,
    error = GetQueueUrlError,
)]
pub struct GetQueueUrl {
    /// The name, sensitive here to check that moto's echo is scrubbed.
    pub queue_name: Sensitive<String>,
}

/// What `GetQueueUrl` returns.
#[aws_shape]
pub struct GetQueueUrlResult {
    /// The URL.
    pub queue_url: Option<String>,
}

/// No such queue.
#[aws_exception]
pub struct QueueDoesNotExist {
    /// The message (moto sends `message` and `Message`).
    pub message: Option<String>,
}

/// The errors of `GetQueueUrl`.
#[aws_error]
pub enum GetQueueUrlError {
    /// No such queue.
    QueueDoesNotExist(QueueDoesNotExist),
    /// Anything else.
    #[aws(other)]
    Unhandled(UnhandledError),
}

#[tokio::test(flavor = "current_thread")]
async fn sqs_exceptions_with_both_spellings_of_message_are_typed() {
    let client = client();
    let err = GetQueueUrl::new("no-such-queue-Zq7")
        .send(&client)
        .await
        .unwrap_err();
    let Some(GetQueueUrlError::QueueDoesNotExist(e)) = err.service_error() else {
        panic!("expected QueueDoesNotExist, got {err:?}");
    };
    assert_eq!(
        e.message.as_deref(),
        Some("The specified queue does not exist.")
    );
    assert_eq!(e.meta().decode_error(), None);
    assert_eq!(err.code(), Some("QueueDoesNotExist"));
    let shown = format!("{err} {err:?} {err:#}");
    assert!(!shown.contains("no-such-queue-Zq7"), "{shown}");
}
