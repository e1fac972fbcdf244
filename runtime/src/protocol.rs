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

use crate::error::{BoxError, ErrorMeta, OperationError, ResponseDetails};
use crate::operation::{Operation, OperationOutput};
use crate::sensitive::Scrubber;
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

/// An error response, typed. The body is parsed as sent; what is decoded
/// from it is scrubbed afterwards (the message and request id here, the
/// exception's members in [`OperationError::from_response`]), never the code.
fn decode_error<E: OperationError>(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    secrets: &[String],
) -> ResponseFailure<E> {
    let scrubber = Scrubber::new(secrets);
    let parts = parse_error_parts(headers, body);
    let request_id = parts.request_id.map(|id| scrubber.scrub(&id));
    match parts.code {
        Some(code) => {
            let message = parts.message.map(|m| scrubber.scrub(&m));
            let meta = ErrorMeta::new(code, message, request_id, status);
            ResponseFailure::Service(E::from_response(meta, body, &scrubber))
        }
        None => ResponseFailure::Undecodable(
            ResponseDetails {
                status: Some(status),
                request_id,
                reason: "error response without an error code".to_owned(),
                // A 2xx read as an error (an `X-Amzn-ErrorType` header with
                // no usable code) is still a 2xx body: never quoted.
                excerpt: (!(200..300).contains(&status))
                    .then(|| excerpt(body, &scrubber))
                    .flatten(),
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

/// The start of an error body that is not a structured document (a proxy's
/// HTML page, plain text), for an error message, scrubbed of the request's
/// secrets; `None` for an empty body, JSON (whole, truncated, or behind an
/// anti-XSSI prefix) and XML. Only for error responses: a 2xx body is never
/// quoted.
///
/// A secret may be echoed encoded, so the text is decoded before it is
/// scrubbed: JSON escapes (`\u00e4`, `\"`, `\/`), then HTML character
/// references (`&amp;`, `&#228;`, `&#xe4;`), then percent-encoding. When a
/// stage of decoding hides a secret that an earlier stage showed (a secret
/// that itself looks encoded), nothing is quoted.
fn excerpt(body: &[u8], scrubber: &Scrubber) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() || is_structured(trimmed) {
        return None;
    }
    let json = unescape_json(trimmed);
    let html = unescape_html(&json);
    let decoded = percent_encoding::percent_decode_str(&html)
        .decode_utf8_lossy()
        .into_owned();
    let (clean, found) = scrubber.scrub_counting(&decoded);
    let hidden = [trimmed, json.as_str(), html.as_str()]
        .iter()
        .any(|stage| scrubber.scrub_counting(stage).1 > found);
    if hidden {
        return None;
    }
    let mut out: String = clean.chars().take(EXCERPT_LEN).collect();
    if clean.chars().nth(EXCERPT_LEN).is_some() {
        out.push_str("...");
    }
    Some(out)
}

/// `text` with HTML character references decoded: the five named ones
/// (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`) and numeric ones; anything
/// else is left as written.
fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // A reference is at most 10 characters between `&` and `;`.
        let decoded = rest.as_bytes()[1..rest.len().min(12)]
            .iter()
            .position(|&b| b == b';')
            .map(|end| &rest[1..1 + end])
            .and_then(|name| {
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => {
                        let num = name.strip_prefix('#')?;
                        let code = match num.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                            None => num.parse().ok()?,
                        };
                        char::from_u32(code)
                    }
                };
                c.map(|c| (c, name.len() + 2))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `text` (trimmed) is, or starts like, JSON or XML.
fn is_structured(text: &str) -> bool {
    if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
        return true;
    }
    // Anti-XSSI prefixes that some servers put before JSON.
    let mut t = text;
    for prefix in [")]}'", "while(1);", "for(;;);"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start_matches(',').trim_start();
        }
    }
    let lower: String = t.chars().take(16).collect::<String>().to_ascii_lowercase();
    let html = lower.starts_with("<!doctype html") || lower.starts_with("<html");
    t.starts_with(['{', '[', '"']) || (t.starts_with('<') && !html)
}

/// `text` with JSON string escapes decoded where they are well formed, and
/// left as written where not.
fn unescape_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(e @ ('"' | '\\' | '/')) => {
                chars.next();
                out.push(e);
            }
            Some('b') | Some('f') | Some('n') | Some('r') | Some('t') => {
                let e = chars.next().unwrap_or('n');
                out.push(match e {
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    _ => '\t',
                });
            }
            Some('u') => {
                let hex: String = chars.clone().skip(1).take(4).collect();
                match u32::from_str_radix(&hex, 16) {
                    Ok(high) if hex.len() == 4 && hex.chars().all(|h| h.is_ascii_hexdigit()) => {
                        chars.nth(4);
                        let unit = if (0xD800..0xDC00).contains(&high) {
                            // A surrogate pair: the low half follows as `\uXXXX`.
                            let rest: String = chars.clone().take(6).collect();
                            let low = rest
                                .strip_prefix("\\u")
                                .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .filter(|l| (0xDC00..0xE000).contains(l));
                            match low {
                                Some(low) => {
                                    chars.nth(5);
                                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                                }
                                None => high,
                            }
                        } else {
                            high
                        };
                        out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                    }
                    _ => out.push('\\'),
                }
            }
            _ => out.push('\\'),
        }
    }
    out
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
    fn excerpts_only_unstructured_error_bodies() {
        let none = Scrubber::default();
        assert_eq!(excerpt(b"  <html>hi", &none), Some("<html>hi".to_owned()));
        assert_eq!(
            excerpt(b"<!DOCTYPE html><p>x", &none).as_deref(),
            Some("<!DOCTYPE html><p>x")
        );
        assert_eq!(
            excerpt(b"Bad Gateway", &none).as_deref(),
            Some("Bad Gateway")
        );
        // Structured documents, whole or not, are never quoted.
        for body in [
            &br#"{"SecretCode":"x""#[..],
            b"\xEF\xBB\xBF{\"a\":1}",
            b")]}'\n{\"a\":\"x\"}",
            b")]}',\n[1",
            b"[1,2",
            b"\"a string\"",
            b"42",
            b"<?xml version=\"1.0\"?><Error>x</Error>",
            b"<Error><Message>x</Message></Error>",
            b"",
            b"  \n",
        ] {
            assert_eq!(
                excerpt(body, &none),
                None,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        let long = "x".repeat(500);
        let e = excerpt(long.as_bytes(), &none).unwrap();
        assert_eq!(e.len(), EXCERPT_LEN + 3);
    }

    #[test]
    fn excerpts_are_scrubbed_in_every_json_escaping() {
        let secrets = Scrubber::new(&["s\u{e4}c\"r/e&t<".to_owned()]);
        for body in [
            "oops: s\u{e4}c\"r/e&t< is bad",
            "oops: s\\u00e4c\\\"r\\/e\\u0026t\\u003c is bad",
            "oops: s\\u00E4c\\u0022r/e&t\\u003C is bad",
        ] {
            assert_eq!(
                excerpt(body.as_bytes(), &secrets).as_deref(),
                Some("oops: <redacted> is bad"),
                "{body}"
            );
        }
        // HTML character references and percent-encoding, as a proxy's page
        // may quote a URL or a form.
        let secrets = Scrubber::new(&["p\u{e4}ss&w<rd> x".to_owned()]);
        for body in [
            "<html>echo: p&#228;ss&amp;w&lt;rd&gt; x</html>",
            "<html>echo: p&#xE4;ss&#38;w&#x3c;rd&gt;&#32;x</html>",
            "<html>echo: p%C3%A4ss%26w%3Crd%3E%20x</html>",
        ] {
            assert_eq!(
                excerpt(body.as_bytes(), &secrets).as_deref(),
                Some("<html>echo: <redacted></html>"),
                "{body}"
            );
        }
        // A secret that looks encoded is hidden by decoding: no excerpt.
        let secrets = Scrubber::new(&["a%41b".to_owned()]);
        assert_eq!(excerpt(b"oops a%41b", &secrets), None);
        assert_eq!(
            excerpt(b"oops a%41c", &secrets).as_deref(),
            Some("oops aAc")
        );
        // A secret cut by the excerpt's length is scrubbed before the cut.
        let secret = "y".repeat(30);
        let body = format!("{}{secret}", "x".repeat(EXCERPT_LEN - 10));
        let e = excerpt(body.as_bytes(), &Scrubber::new(&[secret])).unwrap();
        assert!(e.ends_with("x<redacted>"), "{e}");
    }

    #[test]
    fn html_unescaping_is_lenient() {
        assert_eq!(
            unescape_html("a&amp;b&lt;&#65;&#x42;&X;&#xZZ;&"),
            "a&b<AB&X;&#xZZ;&"
        );
        assert_eq!(
            unescape_html("&#1114112;&#xD800;&amp"),
            "&#1114112;&#xD800;&amp"
        );
        assert_eq!(unescape_html("\u{e4}&quot;&apos;"), "\u{e4}\"'");
        assert_eq!(
            unescape_html("&amp;\u{e4}\u{e4}\u{e4}\u{e4}&"),
            "&\u{e4}\u{e4}\u{e4}\u{e4}&"
        );
        assert_eq!(
            unescape_html("&\u{e4}\u{e4}\u{e4}\u{e4}\u{e4}\u{e4};"),
            "&\u{e4}\u{e4}\u{e4}\u{e4}\u{e4}\u{e4};"
        );
    }

    #[test]
    fn unescaping_is_lenient() {
        assert_eq!(unescape_json(r#"a\u00e4\n\/\\\"b"#), "a\u{e4}\n/\\\"b");
        assert_eq!(unescape_json(r"\ud83d\ude00"), "\u{1f600}");
        assert_eq!(unescape_json(r"\ud83d x"), "\u{fffd} x");
        assert_eq!(unescape_json(r"\u12 \q \"), r"\u12 \q \");
    }
}
