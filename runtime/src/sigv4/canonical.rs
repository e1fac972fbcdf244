//! Encoding and the canonical request: path, query, headers, payload hash,
//! scope and string to sign.

use std::collections::BTreeMap;

use percent_encoding::{percent_decode_str, percent_encode};
use sha2::{Digest, Sha256};

use super::{
    ALGORITHM, EXCLUDED_HEADERS, SIGV4_ENCODE, SignableBody, SignableRequest, SigningError,
    SigningParams, SigningSettings, UNSIGNED_PAYLOAD,
};

pub(super) fn encode(bytes: &[u8]) -> String {
    percent_encode(bytes, SIGV4_ENCODE).to_string()
}

/// Lower-case hex.
pub(super) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

pub(super) fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

pub(super) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

pub(super) fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// Resolves `.` and `..` and drops empty segments (RFC 3986 5.2.4 plus duplicate-`/`
/// removal), keeping a trailing `/`. `path` starts with `/`.
pub(super) fn normalize_path(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    let ends_with_slash = ["/", "/.", "/.."].iter().any(|t| path.ends_with(t));
    let mut result = String::with_capacity(path.len());
    for s in &out {
        result.push('/');
        result.push_str(s);
    }
    if result.is_empty() || ends_with_slash {
        result.push('/');
    }
    result
}

pub(super) fn canonical_uri(path: &str, settings: &SigningSettings) -> String {
    let path = if path.is_empty() { "/" } else { path };
    let path = if settings.uri_path_normalization {
        normalize_path(path)
    } else {
        path.to_owned()
    };
    path.split('/')
        .map(|segment| {
            if settings.double_uri_encode {
                encode(segment.as_bytes())
            } else {
                let decoded: Vec<u8> = percent_decode_str(segment).collect();
                encode(&decoded)
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Percent-decodes a query component, `+` being a space.
pub(super) fn decode_query_component(s: &str) -> Vec<u8> {
    let plus_as_space = s.replace('+', " ");
    percent_decode_str(&plus_as_space).collect()
}

/// The canonical query string of `query` (as sent, without `?`) plus `extra`
/// (not encoded) parameters.
pub(super) fn canonical_query(query: &str, extra: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                encode(&decode_query_component(k)),
                encode(&decode_query_component(v)),
            )
        })
        .collect();
    pairs.extend(
        extra
            .iter()
            .map(|(k, v)| (encode(k.as_bytes()), encode(v.as_bytes()))),
    );
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Unfolds obsolete line folds, trims, and collapses runs of spaces and tabs.
pub(super) fn canonical_header_value(name: &str, value: &str) -> Result<String, SigningError> {
    let bad = || SigningError::InvalidHeaderValue {
        name: name.to_owned(),
    };
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(value.len());
    let mut pending_space = false;
    let mut chars = value.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ' ' | '\t' => pending_space = true,
            '\r' | '\n' => {
                // Only `\r\n` or `\n` followed by a space or tab (an obsolete fold).
                let next_index = if c == '\r' {
                    if bytes.get(i + 1) != Some(&b'\n') {
                        return Err(bad());
                    }
                    chars.next();
                    i + 2
                } else {
                    i + 1
                };
                if !matches!(bytes.get(next_index), Some(b' ' | b'\t')) {
                    return Err(bad());
                }
                pending_space = true;
            }
            c if c.is_ascii_control() => return Err(bad()),
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    Ok(out)
}

pub(super) fn validate_params(params: &SigningParams<'_>) -> Result<(), SigningError> {
    let key_ok = !params.access_key_id.is_empty()
        && params
            .access_key_id
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"/,=".contains(&b));
    if !key_ok {
        return Err(SigningError::InvalidAccessKeyId);
    }
    let scope_ok = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
    };
    if !scope_ok(params.region) || !scope_ok(params.service) {
        return Err(SigningError::InvalidScope);
    }
    if let Some(token) = params.session_token
        && (token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()))
    {
        return Err(SigningError::InvalidSessionToken);
    }
    Ok(())
}

pub(super) fn payload_hash(body: SignableBody<'_>) -> Result<String, SigningError> {
    match body {
        SignableBody::Bytes(b) => Ok(sha256_hex(b)),
        SignableBody::Precomputed(h) => {
            if h.is_empty() || !h.bytes().all(|b| b.is_ascii_graphic()) {
                Err(SigningError::InvalidPayloadHash)
            } else {
                Ok(h.to_owned())
            }
        }
        SignableBody::UnsignedPayload => Ok(UNSIGNED_PAYLOAD.to_owned()),
    }
}

/// Splits the request target into path and query, checking it.
pub(super) fn split_target(uri: &str) -> Result<(&str, &str), SigningError> {
    if uri.chars().any(|c| c.is_control() || c == '#') {
        return Err(SigningError::InvalidUri);
    }
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    if !path.is_empty() && !path.starts_with('/') {
        return Err(SigningError::InvalidUri);
    }
    Ok((path, query))
}

/// Lower-cased names mapped to their canonical values, joined with `,` in order: the
/// request's headers but `skip` (lower-case names), then `added`.
pub(super) fn canonical_headers(
    headers: &[(&str, &str)],
    skip: &[&str],
    added: &[(&str, &str)],
) -> Result<BTreeMap<String, String>, SigningError> {
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    let from_request = headers.iter().map(|h| (h, true));
    let from_signer = added.iter().map(|h| (h, false));
    for ((name, value), skippable) in from_request.chain(from_signer) {
        if !is_token(name) {
            return Err(SigningError::InvalidHeaderName);
        }
        let lower = name.to_ascii_lowercase();
        if EXCLUDED_HEADERS.contains(&lower.as_str())
            || (skippable && skip.contains(&lower.as_str()))
        {
            continue;
        }
        let value = canonical_header_value(name, value)?;
        map.entry(lower)
            .and_modify(|v| {
                v.push(',');
                v.push_str(&value);
            })
            .or_insert(value);
    }
    if !map.contains_key("host") {
        return Err(SigningError::MissingHost);
    }
    Ok(map)
}

pub(super) struct Canonical {
    pub(super) canonical_request: String,
    pub(super) signed_headers: String,
}

pub(super) fn build_canonical(
    req: &SignableRequest<'_>,
    settings: &SigningSettings,
    extra_query: &[(&str, &str)],
    skip: &[&str],
    added_headers: &[(&str, &str)],
    payload_hash: &str,
) -> Result<Canonical, SigningError> {
    if !is_token(req.method) {
        return Err(SigningError::InvalidMethod);
    }
    let (path, query) = split_target(req.uri)?;
    let headers = canonical_headers(req.headers, skip, added_headers)?;
    let signed_headers = headers.keys().cloned().collect::<Vec<_>>().join(";");
    let mut creq = String::new();
    creq.push_str(req.method);
    creq.push('\n');
    creq.push_str(&canonical_uri(path, settings));
    creq.push('\n');
    creq.push_str(&canonical_query(query, extra_query));
    creq.push('\n');
    for (name, value) in &headers {
        creq.push_str(name);
        creq.push(':');
        creq.push_str(value);
        creq.push('\n');
    }
    creq.push('\n');
    creq.push_str(&signed_headers);
    creq.push('\n');
    creq.push_str(payload_hash);
    Ok(Canonical {
        canonical_request: creq,
        signed_headers,
    })
}

/// The signed header names (`a;b;c`) of `headers` once canonicalized.
pub(super) fn signed_header_names(
    headers: &[(&str, &str)],
    skip: &[&str],
) -> Result<String, SigningError> {
    let map = canonical_headers(headers, skip, &[])?;
    Ok(map.keys().cloned().collect::<Vec<_>>().join(";"))
}

pub(super) fn scope(params: &SigningParams<'_>) -> String {
    format!(
        "{}/{}/{}/aws4_request",
        params.time.fmt_amz_day(),
        params.region,
        params.service
    )
}

pub(super) fn string_to_sign(amz_date: &str, scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}
