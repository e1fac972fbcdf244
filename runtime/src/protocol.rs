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
//! JSON, a wrong content type, a 2xx whose body does not fit the output, an
//! error status with no code — is a [`ResponseDetails`] failure that says what
//! was wrong. The body is quoted (its first [`EXCERPT_LEN`] characters) only
//! when it is not JSON, such as a proxy's HTML page: JSON bodies may carry
//! secrets.

use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, Request};

use crate::error::{BoxError, ErrorMeta, OperationError, ResponseDetails};
use crate::operation::{Operation, OperationOutput};
use crate::sensitive::scrub;
use crate::wire;

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
/// `secrets` are the sensitive strings of the request
/// ([`VisitSecrets`](crate::sensitive::VisitSecrets)): they are scrubbed from
/// an error body before anything reads it, since services may echo them.
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
    let request_id = request_id(headers);
    if !(200..300).contains(&status) || is_error_in_disguise::<O::Output>(headers, body) {
        return Err(decode_error::<O::Error>(status, headers, body, secrets));
    }
    let undecodable = |reason: String, source: Option<BoxError>| {
        ResponseFailure::Undecodable(
            ResponseDetails {
                status: Some(status),
                request_id: request_id.clone(),
                reason,
                excerpt: excerpt(body),
            },
            source,
        )
    };
    if let Some(ct) = headers.get(CONTENT_TYPE) {
        let ct = ct.to_str().unwrap_or("");
        if !is_json_content_type(ct) && !body.is_empty() {
            return Err(undecodable(
                format!("unexpected content type {ct:?}, expected JSON"),
                None,
            ));
        }
    }
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    match wire::from_slice::<O::Output>(body) {
        Ok(mut out) => {
            out.set_response_meta(status, request_id.as_deref());
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
            Err(undecodable(reason, Some(Box::new(e))))
        }
    }
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

fn decode_error<E: OperationError>(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    secrets: &[String],
) -> ResponseFailure<E> {
    // Scrub the body as text. A body that is not UTF-8 cannot be JSON; it is
    // quoted lossily (and scrubbed) only in the excerpt.
    let text = scrub(&String::from_utf8_lossy(body), secrets);
    let parts = parse_error_parts(headers, text.as_bytes());
    let request_id = parts.request_id.clone();
    match parts.code {
        Some(code) => {
            let message = parts.message.map(|m| scrub(&m, secrets));
            let meta = ErrorMeta::new(code, message, request_id, status);
            ResponseFailure::Service(E::from_response(meta, text.as_bytes()))
        }
        None => ResponseFailure::Undecodable(
            ResponseDetails {
                status: Some(status),
                request_id,
                reason: "error response without an error code".to_owned(),
                excerpt: excerpt(text.as_bytes()),
            },
            None,
        ),
    }
}

/// Whether `content_type` is a JSON media type (`application/json`,
/// `application/x-amz-json-1.x`, with or without parameters).
pub fn is_json_content_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.starts_with("application/x-amz-json")
}

/// The start of a body that is not JSON, for an error message; `None` for an
/// empty body or one that looks like JSON.
fn excerpt(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('{') || trimmed.starts_with('[') {
        return None;
    }
    let mut out: String = trimmed.chars().take(EXCERPT_LEN).collect();
    if trimmed.chars().nth(EXCERPT_LEN).is_some() {
        out.push_str("...");
    }
    Some(out)
}

/// The parts of an error response, before the operation types it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ErrorParts {
    /// The sanitized code, if any source had one.
    pub code: Option<String>,
    /// The message.
    pub message: Option<String>,
    /// The request id.
    pub request_id: Option<String>,
}

/// Reads the code, message and request id of an error response, in the
/// protocol's order (see the [module docs](self)).
pub fn parse_error_parts(headers: &HeaderMap, body: &[u8]) -> ErrorParts {
    let json: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(body).ok();
    let body_str =
        |key: &str| -> Option<String> { json.as_ref()?.get(key)?.as_str().map(str::to_owned) };
    let header = |name: &str| -> Option<String> {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let code = header("x-amzn-errortype")
        .or_else(|| body_str("code"))
        .or_else(|| body_str("__type"))
        .map(|raw| sanitize_error_code(&raw).to_owned())
        .filter(|c| !c.is_empty());
    let message = body_str("message")
        .or_else(|| body_str("Message"))
        .or_else(|| body_str("errorMessage"))
        .or_else(|| header("x-amzn-errormessage"));
    ErrorParts {
        code,
        message,
        request_id: request_id(headers),
    }
}

/// Sanitizes a raw error code: cut at the first `:`, then keep what follows
/// the last `#`.
///
/// ```
/// use awsop::protocol::sanitize_error_code;
/// assert_eq!(sanitize_error_code("aws.protocoltests#FooError:http://x"), "FooError");
/// assert_eq!(sanitize_error_code("NotAuthorizedException:"), "NotAuthorizedException");
/// ```
pub fn sanitize_error_code(raw: &str) -> &str {
    let cut = raw.split(':').next().unwrap_or(raw);
    let code = cut.rsplit('#').next().unwrap_or(cut);
    code.trim()
}

/// The request id: `x-amzn-RequestId`, else `x-amz-request-id`.
pub fn request_id(headers: &HeaderMap) -> Option<String> {
    ["x-amzn-requestid", "x-amz-request-id"]
        .iter()
        .find_map(|name| headers.get(*name)?.to_str().ok())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    /// The error-code table: (case, headers, body, code, message).
    #[test]
    fn error_parsing_table() {
        type Case<'a> = (
            &'a str,
            &'a [(&'static str, &'static str)],
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[Case<'_>] = &[
            (
                "plain code",
                &[],
                r#"{"__type":"FooError","message":"m"}"#,
                Some("FooError"),
                Some("m"),
            ),
            (
                "namespaced",
                &[],
                r#"{"__type":"aws.protocoltests.restjson#FooError"}"#,
                Some("FooError"),
                None,
            ),
            (
                "uri suffix",
                &[],
                r#"{"__type":"FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}"#,
                Some("FooError"),
                None,
            ),
            (
                "namespace and uri",
                &[],
                r#"{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}"#,
                Some("FooError"),
                None,
            ),
            (
                "header beats body",
                &[("x-amzn-errortype", "HeaderError")],
                r#"{"__type":"BodyError","code":"CodeError"}"#,
                Some("HeaderError"),
                None,
            ),
            (
                "code beats __type",
                &[],
                r#"{"__type":"TypeError","code":"CodeError","Message":"M"}"#,
                Some("CodeError"),
                Some("M"),
            ),
            (
                "trailing colon in header",
                &[
                    ("x-amzn-errortype", "NotAuthorizedException:"),
                    ("x-amzn-errormessage", "Invalid Access Token"),
                ],
                "{}",
                Some("NotAuthorizedException"),
                Some("Invalid Access Token"),
            ),
            (
                "errorMessage",
                &[],
                r#"{"__type":"E","errorMessage":"em"}"#,
                Some("E"),
                Some("em"),
            ),
            (
                "body message beats header message",
                &[("x-amzn-errormessage", "h")],
                r#"{"__type":"E","message":"b"}"#,
                Some("E"),
                Some("b"),
            ),
            ("no code at all", &[], r#"{"message":"m"}"#, None, Some("m")),
            (
                "html from a proxy",
                &[],
                "<html><body>502 Bad Gateway</body></html>",
                None,
                None,
            ),
            (
                "html with a header code",
                &[("x-amzn-errortype", "ServiceUnavailable")],
                "<html></html>",
                Some("ServiceUnavailable"),
                None,
            ),
            ("empty body", &[], "", None, None),
            ("code is not a string", &[], r#"{"__type":7}"#, None, None),
        ];
        for (name, h, body, code, message) in cases {
            let parts = parse_error_parts(&headers(h), body.as_bytes());
            assert_eq!(parts.code.as_deref(), *code, "{name}: code");
            assert_eq!(parts.message.as_deref(), *message, "{name}: message");
        }
    }

    /// An output with no members, and one that models a `__type` member.
    struct Empty;
    struct Typed;
    impl crate::wire::WireDe for Empty {
        fn de<'de, D: serde::Deserializer<'de>>(
            d: D,
            _: crate::wire::Format,
        ) -> Result<Self, D::Error> {
            serde::Deserialize::deserialize(d).map(|_: serde::de::IgnoredAny| Empty)
        }
    }
    impl crate::wire::WireDe for Typed {
        fn de<'de, D: serde::Deserializer<'de>>(
            d: D,
            _: crate::wire::Format,
        ) -> Result<Self, D::Error> {
            serde::Deserialize::deserialize(d).map(|_: serde::de::IgnoredAny| Typed)
        }
    }
    impl OperationOutput for Empty {}
    impl OperationOutput for Typed {
        fn has_wire_member(name: &str) -> bool {
            name == "__type"
        }
    }

    #[test]
    fn a_2xx_with_an_error_body_is_an_error() {
        let none = HeaderMap::new();
        let disguised =
            |h: &HeaderMap, body: &str| is_error_in_disguise::<Empty>(h, body.as_bytes());
        assert!(disguised(&none, r#"{"__type":"X","message":"m"}"#));
        assert!(disguised(&none, r#" { "a": 1, "__type" : "ns#X" } "#));
        assert!(disguised(&headers(&[("x-amzn-errortype", "X:")]), "{}"));
        assert!(disguised(&headers(&[("x-amzn-errortype", "X")]), ""));
        // Not errors: no `__type` at the top level, or not a string.
        assert!(!disguised(&none, r#"{"SecretCode":"x"}"#));
        assert!(!disguised(&none, r#"{"Doc":{"__type":"X"}}"#));
        assert!(!disguised(&none, r#"{"__type":7}"#));
        assert!(!disguised(&none, r#"{"__type":"X""#));
        assert!(!disguised(&none, ""));
        assert!(!disguised(&headers(&[("x-amzn-errortype", " ")]), "{}"));
        // An output that models `__type` keeps it.
        assert!(!is_error_in_disguise::<Typed>(&none, br#"{"__type":"X"}"#));
    }

    #[test]
    fn request_id_order() {
        let h = headers(&[("x-amz-request-id", "b"), ("x-amzn-requestid", "a")]);
        assert_eq!(request_id(&h).as_deref(), Some("a"));
        let h = headers(&[("x-amz-request-id", "b")]);
        assert_eq!(request_id(&h).as_deref(), Some("b"));
        assert_eq!(request_id(&HeaderMap::new()), None);
    }

    #[test]
    fn content_types() {
        assert!(is_json_content_type("application/x-amz-json-1.1"));
        assert!(is_json_content_type("application/json; charset=utf-8"));
        assert!(is_json_content_type("Application/JSON"));
        assert!(!is_json_content_type("text/html"));
        assert!(!is_json_content_type(""));
    }

    #[test]
    fn excerpts_only_non_json() {
        assert_eq!(excerpt(b"  <html>hi"), Some("<html>hi".to_owned()));
        assert_eq!(excerpt(br#"{"SecretCode":"x""#), None);
        assert_eq!(excerpt(b""), None);
        let long = "x".repeat(500);
        let e = excerpt(long.as_bytes()).unwrap();
        assert_eq!(e.len(), EXCERPT_LEN + 3);
    }
}
