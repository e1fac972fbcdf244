//! The expansion of every form compiles without a warning, clippy's
//! pedantic group included (CI runs clippy with `-D warnings`).

#![deny(warnings)]
#![warn(clippy::pedantic)]

use awsop::endpoint::{EndpointRule, EndpointVariant};
use awsop::error::UnhandledError;
use awsop::time::DateTime;
use awsop::wire::{Blob, Document};
use awsop::{Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};
use std::collections::HashMap;

/// Special endpoints.
pub static RULES: &[EndpointRule] = &[EndpointRule::for_region(
    "us-east-1",
    EndpointVariant::Fips,
    "https://fips.example.com",
)];

/// A service with endpoint rules.
#[aws_service(
    protocol = awsJson1_0,
    target_prefix = "Lint_20240101",
    endpoint_prefix = "lint",
    service_id = "Lint",
    endpoint_rules = RULES,
)]
pub struct Lint;

/// A signed operation with a full target and required members.
#[aws_operation(service = Lint, target = "Lint_20240101.Put", output = Empty, error = PutError, auth = sigv4)]
pub struct Put {
    /// A.
    pub a: String,
    /// B.
    pub b: i32,
    /// C.
    pub c: Vec<Item>,
    /// D.
    pub d: HashMap<String, Document>,
    /// E.
    pub e: Blob,
    /// F.
    #[aws(timestamp_format = "date-time")]
    pub f: DateTime,
    /// G.
    pub g: f64,
    /// H.
    pub h: bool,
    /// I: a secret.
    #[aws(sensitive)]
    pub i: String,
    /// J.
    pub j: Option<Sensitive<String>>,
    /// K.
    pub k: Option<Kind>,
    /// L: filled by the client when unset.
    #[aws(idempotency_token)]
    pub l: Option<String>,
    /// M: a second token.
    #[aws(idempotency_token)]
    pub m: Option<String>,
}

/// A no-auth operation with no members.
#[aws_operation(service = Lint, target = "Ping", output = Empty, error = UnhandledError, auth = none)]
pub struct Ping {}

/// Nothing.
#[aws_shape]
pub struct Empty {}

/// An item.
#[aws_shape]
pub struct Item {
    /// The key.
    pub key: String,
    /// Children.
    pub children: Option<Vec<Item>>,
    /// The status.
    #[aws(http_status)]
    pub status: u32,
    /// The request id.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// Secret context.
#[aws_shape(sensitive)]
pub struct Secret {
    /// Data.
    pub data: Option<String>,
}

/// A kind.
#[aws_enum]
pub enum Kind {
    /// A.
    A,
    /// Other.
    #[aws(other)]
    Other(String),
}

/// A secret kind.
#[aws_enum(sensitive)]
pub enum SecretKind {
    /// Other.
    #[aws(other)]
    Other(String),
}

/// Retry me.
#[aws_exception(retryable)]
pub struct Busy {
    /// The message.
    pub message: Option<String>,
    /// The reason (required).
    pub reason: String,
}

/// Slow down.
#[aws_exception(throttling)]
pub struct Slow {}

/// The errors.
#[aws_error]
pub enum PutError {
    /// Busy.
    Busy(Busy),
    /// Slow.
    #[aws(code = "SlowDown")]
    Slow(Slow),
    /// Anything else.
    #[aws(other)]
    Unhandled(UnhandledError),
}

/// Only a catch-all.
#[aws_error]
pub enum NoErrors {
    /// Anything.
    #[aws(other)]
    Unhandled(UnhandledError),
}

/// Crate-private items get crate-private methods.
#[aws_shape]
pub(crate) struct Private {
    pub(crate) value: Option<i32>,
}

#[test]
fn expansions_are_lint_clean() {
    let p = Put::new(
        "a",
        1,
        vec![],
        HashMap::new(),
        Blob::new(vec![1]),
        DateTime::from_secs(0),
        0.5,
        true,
        "s",
    )
    .j("x")
    .k(Kind::A);
    assert!(format!("{p:?}").contains("i: <redacted>"));
    assert_eq!(Private::new().value(1).value, Some(1));
    let _ = (
        Ping::new(),
        Secret::default(),
        SecretKind::from("x"),
        NoErrors::Unhandled(UnhandledError::new(awsop::error::ErrorMeta::default())),
    );
}
