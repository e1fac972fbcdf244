//! The awsJson 1.0 / 1.1 protocol, as pure functions.
//!
//! [`build_request`] turns an operation into an unsigned `http::Request`;
//! [`decode_response`] turns a response into the output or the operation's
//! typed error. Neither touches a socket, a clock or the environment, so tests
//! drive them directly.
//!
//! # The wire
//!
//! - Request: `POST /`, `Content-Type: application/x-amz-json-1.0|1.1`,
//!   `X-Amz-Target: <prefix>.<Operation>`, `Content-Length`, a JSON object
//!   body, `{}` when no member is set.
//! - Response: any 2xx; an empty body reads as `{}`; unknown members are ignored.
//!   A 2xx that carries an `X-Amzn-ErrorType` header, or whose body has a
//!   top-level `__type` string the output has no member for, is read as an
//!   error response, never as an output with every member absent.
//! - Errors: the code comes from the `X-Amzn-ErrorType` header, else the body's
//!   `code`, else its `__type`, sanitized by [`sanitize_error_code`]; the
//!   message from `message`, `Message` or `errorMessage` (else the
//!   `x-amzn-ErrorMessage` header); the request id from `x-amzn-RequestId`,
//!   else `x-amz-request-id`.
//!
//! # Errors
//!
//! A response that is not what the protocol promises — malformed or truncated
//! JSON, a 2xx whose body does not fit the output, an error status with no
//! code — is a [`ResponseDetails`] failure that says what was wrong. The
//! `Content-Type` of a 2xx is not checked: the body is read by the protocol.
//! A body is quoted (its first [`EXCERPT_LEN`] characters, scrubbed of the
//! request's secrets) only for an error status and only when it is not a
//! structured document, such as a proxy's HTML page: JSON and XML may carry
//! secrets, and a 2xx body is never quoted.
//!
//! # Secrets
//!
//! Services echo inputs, sensitive ones included, in error messages, raw or
//! JSON-escaped. The body is parsed first; then every string decoded from it
//! that can reach an error is scrubbed of the request's secrets
//! ([`Scrubber`]). The error code is never scrubbed: it is how the error is
//! matched and retried.

use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, Request};

use crate::error::{BoxError, ResponseDetails};
use crate::operation::{Operation, OperationOutput};
use crate::sensitive::Scrubber;
use crate::wire;

mod error_body;
#[cfg(test)]
mod tests;

use error_body::decode_error;
pub use error_body::{
    ErrorParts, is_json_content_type, parse_error_parts, request_id, sanitize_error_code,
};

/// The most characters of a non-JSON body quoted in an error.
pub const EXCERPT_LEN: usize = 120;

/// The `X-Amz-Target` header name.
pub const X_AMZ_TARGET: &str = "x-amz-target";

/// Builds the unsigned request for `op`, addressed to `endpoint` (an absolute
/// `scheme://authority[/path]` URL with no trailing slash needed).
///
/// An unset member marked `#[aws(idempotency_token)]` gets a fresh token in
/// the body: build once per call and send those bytes on every retry, as
/// [`Client::send`](crate::Client::send) does.
///
/// # Errors
///
/// When the endpoint does not make a valid URI, or a member cannot be
/// serialized.
pub fn build_request<O: Operation>(op: &O, endpoint: &str) -> Result<Request<Vec<u8>>, BoxError> {
    let body = wire::to_vec(op)?;
    let uri = format!("{}/", endpoint.trim_end_matches('/'));
    let request = Request::builder()
        .method(Method::POST)
        .uri(uri)
        .header(
            CONTENT_TYPE,
            HeaderValue::from_static(O::SERVICE.protocol.content_type()),
        )
        .header(X_AMZ_TARGET, target_header(O::TARGET)?)
        .header(CONTENT_LENGTH, HeaderValue::from(body.len()))
        .body(body)?;
    Ok(request)
}

/// The `X-Amz-Target` value. The target is written by whoever declared the
/// operation (the macros check it; a hand-written [`Operation`] may not), so
/// a bad one is an error, never a panic.
fn target_header(target: &'static str) -> Result<HeaderValue, BoxError> {
    if target.is_empty() || !target.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!(
            "the operation's target {target:?} is not a valid X-Amz-Target: it must be visible ASCII"
        )
        .into());
    }
    HeaderValue::from_str(target).map_err(Into::into)
}

/// Why a response did not give an output.
#[derive(Debug)]
pub enum ResponseFailure<E> {
    /// The service answered with an error; here it is, typed.
    Service(E),
    /// The response could not be decoded.
    Undecodable(ResponseDetails, Option<BoxError>),
}

/// Decodes a response to `O`'s output, or its typed error.
///
/// A 2xx body is read as the protocol says, whatever its `Content-Type` (moto
/// labels some JSON `text/html`; botocore ignores the label too); a leading
/// UTF-8 byte order mark is skipped. `secrets` are the sensitive strings of
/// the request ([`VisitSecrets`](crate::sensitive::VisitSecrets)): services
/// may echo them, raw or JSON-escaped, so every string decoded from an error
/// (message, request id, exception members, decode errors, excerpts) is
/// scrubbed of them after parsing. Parsing itself sees the body as sent, so
/// the error code and the retry decision never depend on the secrets.
///
/// # Errors
///
/// [`ResponseFailure::Service`] for an error status with a code;
/// [`ResponseFailure::Undecodable`] for anything else that is not an output.
pub fn decode_response<O: Operation>(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    secrets: &[String],
) -> Result<O::Output, ResponseFailure<O::Error>> {
    let body = strip_bom(body);
    if !(200..300).contains(&status) || is_error_in_disguise::<O::Output>(headers, body) {
        return Err(decode_error::<O::Error>(status, headers, body, secrets));
    }
    if let Some(ct) = headers.get(CONTENT_TYPE)
        && !ct.to_str().is_ok_and(is_json_content_type)
    {
        tracing::debug!(
            content_type = ?ct,
            "the response is not labelled JSON; reading it as JSON, as the protocol says"
        );
    }
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    match wire::from_slice::<O::Output>(body) {
        Ok(mut out) => {
            out.set_response_meta(status, request_id(headers).as_deref());
            Ok(out)
        }
        Err(e) => {
            // A sensitive member hides its own error, syntax errors included;
            // re-read the body as plain JSON to tell bad JSON from a bad fit.
            let syntax = serde_json::from_slice::<serde::de::IgnoredAny>(body).err();
            let first = syntax.as_ref().unwrap_or(&e);
            // serde_json stops at 128 levels; its error says so, and only so.
            let too_deep = first.to_string().starts_with("recursion limit exceeded");
            let reason = match first.classify() {
                _ if too_deep => "JSON nested too deeply".to_owned(),
                serde_json::error::Category::Eof => "truncated JSON".to_owned(),
                serde_json::error::Category::Syntax => "not JSON".to_owned(),
                _ => "body does not match the output".to_owned(),
            };
            let scrubber = Scrubber::new(secrets);
            // A 2xx body is never quoted: it is the output, secrets and all.
            let details = ResponseDetails {
                status: Some(status),
                request_id: request_id(headers).map(|id| scrubber.scrub(&id)),
                reason,
                excerpt: None,
            };
            let source = DecodeError::new(&e, &scrubber);
            Err(ResponseFailure::Undecodable(
                details,
                Some(Box::new(source)),
            ))
        }
    }
}

/// Why a body did not decode: the decoder's message, scrubbed of the
/// request's secrets (serde quotes the values it rejects).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    message: String,
}

impl DecodeError {
    fn new(e: &serde_json::Error, scrubber: &Scrubber) -> Self {
        DecodeError {
            message: scrubber.scrub(&e.to_string()),
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

/// `body` without a leading UTF-8 byte order mark.
fn strip_bom(body: &[u8]) -> &[u8] {
    body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body)
}

/// Whether a 2xx response is an error: it has an `X-Amzn-ErrorType` header,
/// or its body's top level has a `__type` string that `T` has no member for.
/// Cheap for ordinary outputs: the body is parsed a second time only when it
/// holds the bytes `"__type"`.
fn is_error_in_disguise<T: OperationOutput>(headers: &HeaderMap, body: &[u8]) -> bool {
    const TYPE: &[u8] = b"\"__type\"";
    if headers
        .get("x-amzn-errortype")
        .is_some_and(|v| !v.as_bytes().iter().all(u8::is_ascii_whitespace))
    {
        return true;
    }
    if T::has_wire_member("__type") || !body.windows(TYPE.len()).any(|w| w == TYPE) {
        return false;
    }
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body)
        .is_ok_and(|top| top.get("__type").is_some_and(serde_json::Value::is_string))
}
