//! Reading an error response: its code, message and request id, and the
//! excerpt of a body that is not a structured document.

use http::HeaderMap;

use super::{EXCERPT_LEN, ResponseFailure};
use crate::error::{ErrorMeta, OperationError, ResponseDetails};
use crate::sensitive::Scrubber;

/// An error response, typed. The body is parsed as sent; what is decoded
/// from it is scrubbed afterwards (the message and request id here, the
/// exception's members in [`OperationError::from_response`]), never the code.
pub(super) fn decode_error<E: OperationError>(
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
pub(super) fn excerpt(body: &[u8], scrubber: &Scrubber) -> Option<String> {
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
pub(super) fn unescape_html(text: &str) -> String {
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
pub(super) fn is_structured(text: &str) -> bool {
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
pub(super) fn unescape_json(text: &str) -> String {
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
/// protocol's order (see the [module docs](super)).
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
