//! The macros' names and attribute keys: what `awsop-macros` parses and
//! `awsop-drift` reads back from source files, spelled once.
//!
//! Which keys each macro and each `#[aws(...)]` site accepts is the macros'
//! business (`awsop-dsl`'s `attr`); this module only names them.

// The attribute macros, as the last segment of their path.

/// `#[aws_service]`.
pub const AWS_SERVICE: &str = "aws_service";
/// `#[aws_operation]`.
pub const AWS_OPERATION: &str = "aws_operation";
/// `#[aws_shape]`.
pub const AWS_SHAPE: &str = "aws_shape";
/// `#[aws_enum]`.
pub const AWS_ENUM: &str = "aws_enum";
/// `#[aws_exception]`.
pub const AWS_EXCEPTION: &str = "aws_exception";
/// `#[aws_error]`.
pub const AWS_ERROR: &str = "aws_error";

// Macro argument keys.

/// `#[aws_service(protocol = awsJson1_1)]`.
pub const PROTOCOL: &str = "protocol";
/// `#[aws_service(target_prefix = "...")]`.
pub const TARGET_PREFIX: &str = "target_prefix";
/// `#[aws_service(endpoint_prefix = "...")]`.
pub const ENDPOINT_PREFIX: &str = "endpoint_prefix";
/// `#[aws_service(signing_name = "...")]`.
pub const SIGNING_NAME: &str = "signing_name";
/// `#[aws_service(service_id = "...")]`.
pub const SERVICE_ID: &str = "service_id";
/// `#[aws_service(endpoint_rules = path::TO_RULES)]`.
pub const ENDPOINT_RULES: &str = "endpoint_rules";
/// `#[aws_operation(service = path::ToService)]`.
pub const SERVICE: &str = "service";
/// `#[aws_operation(target = "Name")]`.
pub const TARGET: &str = "target";
/// `#[aws_operation(output = Type)]`, and the flag `#[aws_shape(output)]`:
/// a structure only responses hold, which users read and never build (no
/// `new`, no setters).
pub const OUTPUT: &str = "output";
/// `#[aws_operation(error = Type)]`.
pub const ERROR: &str = "error";
/// `#[aws_operation(auth = sigv4 | none)]`.
pub const AUTH: &str = "auth";
/// `crate = path::to::awsop`, on every macro.
pub const CRATE: &str = "crate";
/// `#[aws_exception(retryable)]`.
pub const RETRYABLE: &str = "retryable";
/// `#[aws_exception(throttling)]`.
pub const THROTTLING: &str = "throttling";
/// `#[aws_shape(eq)]`: the shapes and enums it holds allow `Eq` and `Hash`.
pub const EQ: &str = "eq";
/// `#[aws_shape(no_eq)]`: derive neither `Eq` nor `Hash`.
pub const NO_EQ: &str = "no_eq";

// `#[aws(...)]` keys (`sensitive` is also a macro argument).

/// The helper attribute itself: `#[aws(...)]`.
pub const AWS: &str = "aws";
/// `#[aws(sensitive)]`, `#[aws_shape(sensitive)]`, `#[aws_enum(sensitive)]`.
pub const SENSITIVE: &str = "sensitive";
/// `#[aws(rename = "WireName")]`.
pub const RENAME: &str = "rename";
/// `#[aws(timestamp_format = "...")]`.
pub const TIMESTAMP_FORMAT: &str = "timestamp_format";
/// `#[aws(http_status)]`.
pub const HTTP_STATUS: &str = "http_status";
/// `#[aws(request_id)]`.
pub const REQUEST_ID: &str = "request_id";
/// `#[aws(value = "WIRE_VALUE")]` on an `#[aws_enum]` variant.
pub const VALUE: &str = "value";
/// `#[aws(code = "ErrorCode")]` on an `#[aws_error]` variant.
pub const CODE: &str = "code";
/// `#[aws(other)]`: the catch-all variant.
pub const OTHER: &str = "other";
/// `#[aws(idempotency_token)]`.
pub const IDEMPOTENCY_TOKEN: &str = "idempotency_token";

// Values of `auth` and `protocol`.

/// `auth = none`.
pub const AUTH_NONE: &str = "none";
/// `auth = sigv4`.
pub const AUTH_SIGV4: &str = "sigv4";
/// `protocol = awsJson1_0`.
pub const AWS_JSON_1_0: &str = "awsJson1_0";
/// `protocol = awsJson1_1`.
pub const AWS_JSON_1_1: &str = "awsJson1_1";
