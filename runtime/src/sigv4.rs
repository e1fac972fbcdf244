//! AWS Signature Version 4 (`AWS4-HMAC-SHA256`), written on RustCrypto `hmac` + `sha2`.
//!
//! Two forms:
//! - [`sign_headers`]: the `Authorization` header form. It returns the headers to add
//!   (`x-amz-date`, `x-amz-security-token`, `x-amz-content-sha256`, `authorization`)
//!   with the canonical request, string to sign and signature it computed.
//!   [`sign_http_request`] applies it to an [`http::Request`], which is what the client calls.
//! - [`presign_query`]: the query (presigned URL) form. It returns the `X-Amz-*`
//!   query parameters to append.
//!
//! Every function is pure: the signing time comes in as a [`DateTime`] inside
//! [`SigningParams`]. Derived signing keys are cached per (fingerprint of the secret,
//! day, region, service) in a [`SigningKeyCache`]; the cache keeps a SHA-256
//! fingerprint of the secret, never the secret, and zeroizes key bytes on drop.
//!
//! # Canonicalization rules
//!
//! - Path: empty means `/`. With [`SigningSettings::uri_path_normalization`] the `.` and
//!   `..` segments are resolved and empty segments (duplicate `/`) removed, keeping a
//!   trailing `/`. With [`SigningSettings::double_uri_encode`] (every service but S3)
//!   each segment of the path *as sent* is URI-encoded once more, so `%3D` becomes
//!   `%253D`; without it (S3) each segment is percent-decoded and encoded once, so the
//!   canonical path is the normal once-encoded form. Either way bytes outside
//!   `A-Za-z0-9-._~` are written `%XX` (upper case), so a raw space or UTF-8 in the
//!   given path is encoded too.
//! - Query: split on `&`, each key and value percent-decoded (`+` is a space, as in
//!   form encoding) and encoded again with the unreserved set above; a key without `=`
//!   has an empty value; sorted by encoded key, then encoded value.
//! - Headers: names lower-cased; values unfolded (an obsolete line fold, `\n` or `\r\n`
//!   followed by a space or tab, becomes a space), trimmed, runs of spaces and tabs
//!   collapsed into one space; repeated names joined with `,` in the order given;
//!   sorted by name. `authorization`, `user-agent`, `x-amzn-trace-id` and
//!   `transfer-encoding` are never signed (proxies change them), and the headers the
//!   signer sets itself replace any the request already had.
//!
//! # Defaults
//!
//! [`SigningSettings::default`] is for AWS JSON services: path normalization on,
//! double URI encoding on, no `x-amz-content-sha256` header, the session token signed,
//! presigned URLs valid for 15 minutes.
//!
//! # Errors
//!
//! [`SigningError`]: a method, header name or header value that cannot be sent, a
//! request target that is not an origin-form path, no `host`, a region, service or
//! access key id that would break the credential scope, a session token that is not a
//! valid header value, an expiry outside 1 s ..= 7 days. Never a panic.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, percent_encode};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::sensitive::REDACTED;
use crate::time::DateTime;

/// The algorithm name, first line of the string to sign.
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The payload hash that says the body is not signed.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// The longest validity of a presigned URL AWS accepts (7 days).
pub const MAX_EXPIRES_IN: Duration = Duration::from_secs(7 * 24 * 3600);

/// Header names the signer never signs: they are added or rewritten on the way.
const EXCLUDED_HEADERS: &[&str] = &[
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
];

const X_AMZ_DATE: &str = "x-amz-date";
const X_AMZ_SECURITY_TOKEN: &str = "x-amz-security-token";
const X_AMZ_CONTENT_SHA256: &str = "x-amz-content-sha256";
const AUTHORIZATION: &str = "authorization";

/// Everything but `A-Za-z0-9-._~` is encoded.
const SIGV4_ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// How the session token travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SessionTokenMode {
    /// `X-Amz-Security-Token` is part of the signed request (most services).
    #[default]
    Include,
    /// `X-Amz-Security-Token` is added after signing and not signed.
    AfterSigning,
}

/// Signer settings; see the module's `# Defaults`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningSettings {
    /// Resolve `.` and `..` segments and remove duplicate `/` in the canonical path.
    pub uri_path_normalization: bool,
    /// Encode the path as sent once more (every service but S3).
    pub double_uri_encode: bool,
    /// Add and sign `x-amz-content-sha256` (header form only).
    pub sign_body: bool,
    /// Whether the session token is signed.
    pub session_token_mode: SessionTokenMode,
    /// `X-Amz-Expires` of the query form, whole seconds, 1 s ..= 7 days.
    pub expires_in: Duration,
}

impl Default for SigningSettings {
    fn default() -> Self {
        SigningSettings {
            uri_path_normalization: true,
            double_uri_encode: true,
            sign_body: false,
            session_token_mode: SessionTokenMode::Include,
            expires_in: Duration::from_secs(15 * 60),
        }
    }
}

impl SigningSettings {
    /// The S3 rules: no path normalization, single URI encoding, `x-amz-content-sha256`.
    pub fn s3() -> Self {
        SigningSettings {
            uri_path_normalization: false,
            double_uri_encode: false,
            sign_body: true,
            ..SigningSettings::default()
        }
    }
}

/// Who signs, for what scope, at what time. `Debug` redacts the secret and the token.
#[derive(Clone)]
pub struct SigningParams<'a> {
    /// The access key id (`AKIA…`/`ASIA…`), part of the credential scope.
    pub access_key_id: &'a str,
    /// The secret access key.
    pub secret_access_key: &'a str,
    /// The session token of temporary credentials.
    pub session_token: Option<&'a str>,
    /// The signing region, e.g. `us-east-1`.
    pub region: &'a str,
    /// The signing name of the service, e.g. `cognito-idp`.
    pub service: &'a str,
    /// The signing time.
    pub time: DateTime,
    /// The signer settings.
    pub settings: SigningSettings,
}

struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Debug for SigningParams<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningParams")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &Redacted)
            .field("session_token", &self.session_token.map(|_| Redacted))
            .field("region", &self.region)
            .field("service", &self.service)
            .field("time", &self.time)
            .field("settings", &self.settings)
            .finish()
    }
}

/// The body, or what stands for it in the canonical request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignableBody<'a> {
    /// The body bytes; the signer hashes them.
    Bytes(&'a [u8]),
    /// A payload hash computed elsewhere (lower-case hex SHA-256, or a special value
    /// like `STREAMING-…`); used as given.
    Precomputed(&'a str),
    /// [`UNSIGNED_PAYLOAD`].
    UnsignedPayload,
}

/// A borrowed view of the request to sign.
/// `Debug` shows header values except those of credential-bearing headers
/// (`authorization`, `x-amz-security-token`, cookies), and the body's length only.
#[derive(Clone, Copy)]
pub struct SignableRequest<'a> {
    /// The method, e.g. `POST`.
    pub method: &'a str,
    /// The request target as sent: path and optional `?query`, e.g. `/a%20b?x=1`.
    pub uri: &'a str,
    /// The headers in order, `host` included. Duplicates are allowed.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body.
    pub body: SignableBody<'a>,
}

/// Header names whose values `Debug` never shows.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "x-amz-security-token",
    "cookie",
    "set-cookie",
];

impl fmt::Debug for SignableRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &dyn fmt::Debug)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let secret = SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s));
                let value: &dyn fmt::Debug = if secret { &Redacted } else { value };
                (*name, value)
            })
            .collect();
        let body = match self.body {
            SignableBody::Bytes(b) => format!("{} bytes", b.len()),
            SignableBody::Precomputed(h) => format!("precomputed {h}"),
            SignableBody::UnsignedPayload => UNSIGNED_PAYLOAD.to_owned(),
        };
        f.debug_struct("SignableRequest")
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("headers", &headers)
            .field("body", &format_args!("{body}"))
            .finish()
    }
}

/// The output of [`sign_headers`].
#[derive(Clone, PartialEq, Eq)]
pub struct HeaderSigningOutput {
    /// Headers to add (replacing any of the same name), lower-case names, in this
    /// order: `x-amz-date`, `x-amz-security-token`, `x-amz-content-sha256`, `authorization`.
    pub headers: Vec<(&'static str, String)>,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The signature, lower-case hex.
    pub signature: String,
}

/// The output of [`presign_query`].
#[derive(Clone, PartialEq, Eq)]
pub struct QuerySigningOutput {
    /// Query parameters to append, not yet encoded, in the order AWS's own signers
    /// write them: `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`,
    /// `X-Amz-SignedHeaders`, `X-Amz-Expires`, `X-Amz-Security-Token`, `X-Amz-Signature`.
    pub params: Vec<(&'static str, String)>,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The signature, lower-case hex.
    pub signature: String,
}

impl QuerySigningOutput {
    /// [`params`](Self::params) encoded as `k=v&k=v`, to append after `?` or `&`.
    pub fn query_string(&self) -> String {
        self.params
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k.as_bytes()), encode(v.as_bytes())))
            .collect::<Vec<_>>()
            .join("&")
    }
}

fn debug_pairs<'a>(pairs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a dyn fmt::Debug)> {
    pairs
        .iter()
        .map(|(k, v)| {
            let v: &dyn fmt::Debug = if k.eq_ignore_ascii_case(X_AMZ_SECURITY_TOKEN) {
                &Redacted
            } else {
                v
            };
            (*k, v)
        })
        .collect()
}

impl fmt::Debug for HeaderSigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HeaderSigningOutput")
            .field("headers", &debug_pairs(&self.headers))
            .field("canonical_request", &Redacted)
            .field("string_to_sign", &self.string_to_sign)
            .field("signature", &self.signature)
            .finish()
    }
}

impl fmt::Debug for QuerySigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QuerySigningOutput")
            .field("params", &debug_pairs(&self.params))
            .field("canonical_request", &Redacted)
            .field("string_to_sign", &self.string_to_sign)
            .field("signature", &self.signature)
            .finish()
    }
}

/// Why a request could not be signed. Messages never contain secrets or header values.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SigningError {
    /// The method is empty or not an HTTP token.
    InvalidMethod,
    /// The request target is not an origin-form path (`/…`), or has a control
    /// character or a fragment.
    InvalidUri,
    /// A header name is empty or not an HTTP token.
    InvalidHeaderName,
    /// The value of the named header has a control character (other than a tab or an
    /// obsolete line fold) or is not UTF-8.
    InvalidHeaderValue {
        /// The header's name.
        name: String,
    },
    /// The request has no `host` header and its URI no authority.
    MissingHost,
    /// The access key id is empty or has characters that break the `Credential=` field.
    InvalidAccessKeyId,
    /// The region or service is empty or not `A-Za-z0-9-._`.
    InvalidScope,
    /// The session token is empty or not printable ASCII.
    InvalidSessionToken,
    /// A precomputed payload hash is empty or not printable ASCII.
    InvalidPayloadHash,
    /// The query form's expiry is not within 1 s ..= 7 days.
    InvalidExpiry,
}

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigningError::InvalidMethod => f.write_str("invalid http method"),
            SigningError::InvalidUri => f.write_str("invalid request uri"),
            SigningError::InvalidHeaderName => f.write_str("invalid header name"),
            SigningError::InvalidHeaderValue { name } => {
                write!(f, "invalid value for header `{name}`")
            }
            SigningError::MissingHost => f.write_str("request has no host"),
            SigningError::InvalidAccessKeyId => f.write_str("invalid access key id"),
            SigningError::InvalidScope => f.write_str("invalid signing region or service"),
            SigningError::InvalidSessionToken => f.write_str("invalid session token"),
            SigningError::InvalidPayloadHash => f.write_str("invalid payload hash"),
            SigningError::InvalidExpiry => {
                f.write_str("presigned expiry must be between 1 second and 7 days")
            }
        }
    }
}

impl std::error::Error for SigningError {}

// ---------------------------------------------------------------------------
// Signing key cache
// ---------------------------------------------------------------------------

/// How many derived keys a [`SigningKeyCache`] keeps.
const CACHE_CAPACITY: usize = 4;

/// A derived signing key (`kSigning`); zeroized on drop.
#[derive(Clone)]
struct SigningKey(Zeroizing<[u8; 32]>);

struct CacheEntry {
    fingerprint: [u8; 32],
    day: String,
    region: String,
    service: String,
    key: SigningKey,
}

/// A small cache of derived signing keys, keyed by (SHA-256 fingerprint of the secret,
/// day, region, service). It never holds the secret itself; key bytes are zeroized
/// when evicted or dropped. Cheap to create, safe to share between threads.
#[derive(Default)]
pub struct SigningKeyCache {
    entries: Mutex<Vec<CacheEntry>>,
}

impl fmt::Debug for SigningKeyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let len = self
            .entries
            .lock()
            .map_or_else(|e| e.into_inner().len(), |g| g.len());
        f.debug_struct("SigningKeyCache")
            .field("entries", &len)
            .finish()
    }
}

fn fingerprint(secret: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"awsop sigv4 signing key cache\0");
    h.update(secret.as_bytes());
    h.finalize().into()
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts keys of every length");
    mac.update(data);
    Zeroizing::new(mac.finalize().into_bytes().into())
}

fn derive_signing_key(secret: &str, day: &str, region: &str, service: &str) -> SigningKey {
    let mut k_secret = Zeroizing::new(Vec::with_capacity(4 + secret.len()));
    k_secret.extend_from_slice(b"AWS4");
    k_secret.extend_from_slice(secret.as_bytes());
    let k_date = hmac_sha256(&k_secret, day.as_bytes());
    let k_region = hmac_sha256(&*k_date, region.as_bytes());
    let k_service = hmac_sha256(&*k_region, service.as_bytes());
    SigningKey(hmac_sha256(&*k_service, b"aws4_request"))
}

impl SigningKeyCache {
    /// An empty cache.
    pub fn new() -> Self {
        SigningKeyCache::default()
    }

    fn get(&self, secret: &str, day: &str, region: &str, service: &str) -> SigningKey {
        let fp = fingerprint(secret);
        // A poisoned lock only means another thread panicked between two pushes or
        // removes; the entries are still whole, so keep using them.
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let found = entries.iter().position(|e| {
            e.fingerprint == fp && e.day == day && e.region == region && e.service == service
        });
        if let Some(i) = found {
            let entry = entries.remove(i);
            let key = entry.key.clone();
            entries.insert(0, entry);
            return key;
        }
        let key = derive_signing_key(secret, day, region, service);
        entries.insert(
            0,
            CacheEntry {
                fingerprint: fp,
                day: day.to_owned(),
                region: region.to_owned(),
                service: service.to_owned(),
                key: key.clone(),
            },
        );
        entries.truncate(CACHE_CAPACITY);
        key
    }
}

// ---------------------------------------------------------------------------
// Encoding and canonicalization
// ---------------------------------------------------------------------------

fn encode(bytes: &[u8]) -> String {
    percent_encode(bytes, SIGV4_ENCODE).to_string()
}

/// Lower-case hex.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// Resolves `.` and `..` and drops empty segments (RFC 3986 5.2.4 plus duplicate-`/`
/// removal), keeping a trailing `/`. `path` starts with `/`.
fn normalize_path(path: &str) -> String {
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

fn canonical_uri(path: &str, settings: &SigningSettings) -> String {
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
fn decode_query_component(s: &str) -> Vec<u8> {
    let plus_as_space = s.replace('+', " ");
    percent_decode_str(&plus_as_space).collect()
}

/// The canonical query string of `query` (as sent, without `?`) plus `extra`
/// (not encoded) parameters.
fn canonical_query(query: &str, extra: &[(&str, &str)]) -> String {
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
fn canonical_header_value(name: &str, value: &str) -> Result<String, SigningError> {
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

fn validate_params(params: &SigningParams<'_>) -> Result<(), SigningError> {
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

fn payload_hash(body: SignableBody<'_>) -> Result<String, SigningError> {
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
fn split_target(uri: &str) -> Result<(&str, &str), SigningError> {
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
fn canonical_headers(
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

struct Canonical {
    canonical_request: String,
    signed_headers: String,
}

fn build_canonical(
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
fn signed_header_names(headers: &[(&str, &str)], skip: &[&str]) -> Result<String, SigningError> {
    let map = canonical_headers(headers, skip, &[])?;
    Ok(map.keys().cloned().collect::<Vec<_>>().join(";"))
}

fn scope(params: &SigningParams<'_>) -> String {
    format!(
        "{}/{}/{}/aws4_request",
        params.time.fmt_amz_day(),
        params.region,
        params.service
    )
}

fn string_to_sign(amz_date: &str, scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

fn signature(params: &SigningParams<'_>, cache: &SigningKeyCache, sts: &str) -> String {
    let key = cache.get(
        params.secret_access_key,
        &params.time.fmt_amz_day(),
        params.region,
        params.service,
    );
    hex(&*hmac_sha256(&*key.0, sts.as_bytes()))
}

/// Signs `req` in the `Authorization` header form.
///
/// The request's own `x-amz-date` and `authorization` headers (and `x-amz-security-token`
/// when there is a token, `x-amz-content-sha256` with `sign_body`) are left out of the
/// signature; the output's headers replace them.
///
/// # Errors
///
/// See [`SigningError`].
pub fn sign_headers(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<HeaderSigningOutput, SigningError> {
    validate_params(params)?;
    let settings = &params.settings;
    let amz_date = params.time.fmt_amz_date();
    let payload_hash = payload_hash(req.body)?;

    let mut skip = vec![X_AMZ_DATE, AUTHORIZATION];
    if params.session_token.is_some() {
        skip.push(X_AMZ_SECURITY_TOKEN);
    }
    if settings.sign_body {
        skip.push(X_AMZ_CONTENT_SHA256);
    }
    let mut added: Vec<(&'static str, String)> = vec![(X_AMZ_DATE, amz_date.clone())];
    let token = params.session_token;
    if let (Some(t), SessionTokenMode::Include) = (token, settings.session_token_mode) {
        added.push((X_AMZ_SECURITY_TOKEN, t.to_owned()));
    }
    if settings.sign_body {
        added.push((X_AMZ_CONTENT_SHA256, payload_hash.clone()));
    }
    let added_refs: Vec<(&str, &str)> = added.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let canonical = build_canonical(req, settings, &[], &skip, &added_refs, &payload_hash)?;

    let scope = scope(params);
    let sts = string_to_sign(&amz_date, &scope, &canonical.canonical_request);
    let signature = signature(params, cache, &sts);

    if let (Some(t), SessionTokenMode::AfterSigning) = (token, settings.session_token_mode) {
        added.push((X_AMZ_SECURITY_TOKEN, t.to_owned()));
    }
    // Keep the documented order: date, token, content hash, authorization.
    added.sort_by_key(|(k, _)| match *k {
        X_AMZ_DATE => 0,
        X_AMZ_SECURITY_TOKEN => 1,
        _ => 2,
    });
    added.push((
        AUTHORIZATION,
        format!(
            "{ALGORITHM} Credential={}/{scope}, SignedHeaders={}, Signature={signature}",
            params.access_key_id, canonical.signed_headers
        ),
    ));
    Ok(HeaderSigningOutput {
        headers: added,
        canonical_request: canonical.canonical_request,
        string_to_sign: sts,
        signature,
    })
}

/// Signs `req` in the query (presigned URL) form: the output's
/// [`query_string`](QuerySigningOutput::query_string) goes after the request's query.
///
/// The payload hash is the body's (use [`SignableBody::UnsignedPayload`] for a URL
/// handed to someone else); `sign_body` adds no header in this form.
///
/// # Errors
///
/// See [`SigningError`]; [`SigningError::InvalidExpiry`] when `expires_in` is not
/// within 1 s ..= [`MAX_EXPIRES_IN`].
pub fn presign_query(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<QuerySigningOutput, SigningError> {
    validate_params(params)?;
    let settings = &params.settings;
    let expires = settings.expires_in.as_secs();
    if expires == 0 || settings.expires_in > MAX_EXPIRES_IN {
        return Err(SigningError::InvalidExpiry);
    }
    let amz_date = params.time.fmt_amz_date();
    let payload_hash = payload_hash(req.body)?;
    let mut skip = vec![X_AMZ_DATE, AUTHORIZATION];
    if params.session_token.is_some() {
        skip.push(X_AMZ_SECURITY_TOKEN);
    }
    let scope = scope(params);
    let signed_headers = signed_header_names(req.headers, &skip)?;

    let mut params_out: Vec<(&'static str, String)> = vec![
        ("X-Amz-Algorithm", ALGORITHM.to_owned()),
        (
            "X-Amz-Credential",
            format!("{}/{scope}", params.access_key_id),
        ),
        ("X-Amz-Date", amz_date.clone()),
        ("X-Amz-SignedHeaders", signed_headers.clone()),
        ("X-Amz-Expires", expires.to_string()),
    ];
    if let Some(t) = params.session_token
        && settings.session_token_mode == SessionTokenMode::Include
    {
        params_out.push(("X-Amz-Security-Token", t.to_owned()));
    }
    let extra: Vec<(&str, &str)> = params_out.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let canonical = build_canonical(req, settings, &extra, &skip, &[], &payload_hash)?;
    let sts = string_to_sign(&amz_date, &scope, &canonical.canonical_request);
    let signature = signature(params, cache, &sts);
    if let Some(t) = params.session_token
        && settings.session_token_mode == SessionTokenMode::AfterSigning
    {
        params_out.push(("X-Amz-Security-Token", t.to_owned()));
    }
    params_out.push(("X-Amz-Signature", signature.clone()));
    Ok(QuerySigningOutput {
        params: params_out,
        canonical_request: canonical.canonical_request,
        string_to_sign: sts,
        signature,
    })
}

/// The `host` header value for `uri`'s authority: the host, and the port when it is
/// not the scheme's default.
fn host_header(uri: &http::Uri) -> Option<String> {
    let authority = uri.authority()?;
    let host = authority.host();
    if host.is_empty() {
        return None;
    }
    let default_port = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    Some(match authority.port_u16() {
        Some(p) if Some(p) != default_port => format!("{host}:{p}"),
        _ => host.to_owned(),
    })
}

/// Signs `req` in place, in the `Authorization` header form: adds `host` (from the URI
/// authority, when absent), `x-amz-date`, `x-amz-security-token`,
/// `x-amz-content-sha256` (with `sign_body`) and `authorization`, replacing any
/// headers of those names. The body is hashed.
///
/// # Errors
///
/// See [`SigningError`]; [`SigningError::InvalidHeaderValue`] also for a header value
/// that is not UTF-8.
pub fn sign_http_request<B: AsRef<[u8]>>(
    req: &mut http::Request<B>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<(), SigningError> {
    let host = if req.headers().contains_key(http::header::HOST) {
        None
    } else {
        Some(host_header(req.uri()).ok_or(SigningError::MissingHost)?)
    };
    let output = {
        let mut headers: Vec<(&str, &str)> = Vec::with_capacity(req.headers().len() + 1);
        if let Some(h) = &host {
            headers.push(("host", h.as_str()));
        }
        for (name, value) in req.headers() {
            let value = std::str::from_utf8(value.as_bytes()).map_err(|_| {
                SigningError::InvalidHeaderValue {
                    name: name.as_str().to_owned(),
                }
            })?;
            headers.push((name.as_str(), value));
        }
        let target = req.uri().path_and_query().map_or("/", |pq| pq.as_str());
        let signable = SignableRequest {
            method: req.method().as_str(),
            uri: target,
            headers: &headers,
            body: SignableBody::Bytes(req.body().as_ref()),
        };
        sign_headers(&signable, params, cache)?
    };
    let mut to_insert: Vec<(http::HeaderName, http::HeaderValue)> = Vec::new();
    if let Some(h) = host {
        let value = http::HeaderValue::try_from(h).map_err(|_| SigningError::MissingHost)?;
        to_insert.push((http::header::HOST, value));
    }
    for (name, value) in output.headers {
        let header_value =
            http::HeaderValue::try_from(value).map_err(|_| SigningError::InvalidHeaderValue {
                name: name.to_owned(),
            })?;
        let mut header_value = header_value;
        if name == X_AMZ_SECURITY_TOKEN || name == AUTHORIZATION {
            header_value.set_sensitive(true);
        }
        to_insert.push((http::HeaderName::from_static(name), header_value));
    }
    let headers = req.headers_mut();
    for (name, value) in to_insert {
        headers.insert(name, value);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn time() -> DateTime {
        DateTime::parse_date_time("2015-08-30T12:36:00Z").expect("valid time")
    }

    fn params(token: Option<&'static str>) -> SigningParams<'static> {
        SigningParams {
            access_key_id: "AKIDEXAMPLE",
            secret_access_key: SECRET,
            session_token: token,
            region: "us-east-1",
            service: "service",
            time: time(),
            settings: SigningSettings::default(),
        }
    }

    fn get(uri: &'static str) -> SignableRequest<'static> {
        SignableRequest {
            method: "GET",
            uri,
            headers: &[("Host", "example.amazonaws.com")],
            body: SignableBody::Bytes(b""),
        }
    }

    #[test]
    fn encoding_keeps_only_unreserved() {
        assert_eq!(encode(b"-._~azAZ09"), "-._~azAZ09");
        assert_eq!(encode(b"a b+c/d=e%f*"), "a%20b%2Bc%2Fd%3De%25f%2A");
        assert_eq!(encode("ሴ".as_bytes()), "%E1%88%B4");
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
    }

    #[test]
    fn normalization_edge_cases() {
        for (input, want) in [
            ("/", "/"),
            ("//", "/"),
            ("/./", "/"),
            ("/.", "/"),
            ("/..", "/"),
            ("/../a", "/a"),
            ("/a/..", "/"),
            ("/a/b/../..", "/"),
            ("/a/b/../c", "/a/c"),
            ("/a/./b/", "/a/b/"),
            ("//a//b//", "/a/b/"),
            ("/a/b/.", "/a/b/"),
            ("/a.b/..c/", "/a.b/..c/"),
        ] {
            assert_eq!(normalize_path(input), want, "{input}");
        }
    }

    #[test]
    fn path_encoding_single_vs_double() {
        let double = SigningSettings::default();
        let single = SigningSettings::s3();
        assert_eq!(canonical_uri("/a%3Db", &double), "/a%253Db");
        assert_eq!(canonical_uri("/a%3Db", &single), "/a%3Db");
        assert_eq!(canonical_uri("/a b/ሴ", &double), "/a%20b/%E1%88%B4");
        assert_eq!(canonical_uri("/a%7Eb/c%2Fd", &single), "/a~b/c%2Fd");
        assert_eq!(canonical_uri("", &double), "/");
        assert_eq!(canonical_uri("//x//", &single), "//x//");
    }

    #[test]
    fn query_canonicalization() {
        assert_eq!(canonical_query("", &[]), "");
        assert_eq!(canonical_query("b=2&a=1&a=0&c", &[]), "a=0&a=1&b=2&c=");
        assert_eq!(
            canonical_query("k=a+b%2Bc&%E1%88%B4=x", &[]),
            "%E1%88%B4=x&k=a%20b%2Bc"
        );
        assert_eq!(
            canonical_query("Z=1&a=1", &[("X-Amz-Date", "d/e")]),
            "X-Amz-Date=d%2Fe&Z=1&a=1"
        );
    }

    #[test]
    fn header_values_are_trimmed_unfolded_and_checked() {
        assert_eq!(
            canonical_header_value("h", "  a   b \t c  ").as_deref(),
            Ok("a b c")
        );
        assert_eq!(
            canonical_header_value("h", "value1\n  value2\r\n\tvalue3").as_deref(),
            Ok("value1 value2 value3")
        );
        assert_eq!(
            canonical_header_value("h", "a\nb"),
            Err(SigningError::InvalidHeaderValue { name: "h".into() })
        );
        assert_eq!(
            canonical_header_value("h", "a\rb"),
            Err(SigningError::InvalidHeaderValue { name: "h".into() })
        );
        assert_eq!(
            canonical_header_value("h", "a\u{0}b"),
            Err(SigningError::InvalidHeaderValue { name: "h".into() })
        );
        assert_eq!(canonical_header_value("h", "").as_deref(), Ok(""));
    }

    #[test]
    fn duplicate_headers_join_in_order_and_excluded_are_dropped() {
        let headers = [
            ("Host", "h"),
            ("X-B", "2"),
            ("x-b", " 1 "),
            ("User-Agent", "ua"),
            ("A", "z"),
        ];
        let map = canonical_headers(&headers, &[], &[]).expect("valid headers");
        let got: Vec<(&str, &str)> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(got, [("a", "z"), ("host", "h"), ("x-b", "2,1")]);
    }

    #[test]
    fn get_vanilla_header_signature() {
        let out =
            sign_headers(&get("/"), &params(None), &SigningKeyCache::new()).expect("signable");
        assert_eq!(
            out.signature,
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
        assert_eq!(
            out.headers[0],
            ("x-amz-date", "20150830T123600Z".to_owned())
        );
        assert_eq!(out.headers.len(), 2);
    }

    #[test]
    fn errors_not_panics() {
        let cache = SigningKeyCache::new();
        let p = params(None);
        let mut r = get("/");
        r.uri = "example.com/";
        assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::InvalidUri));
        r.uri = "/a#frag";
        assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::InvalidUri));
        let r = SignableRequest {
            headers: &[],
            ..get("/")
        };
        assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::MissingHost));
        let r = SignableRequest {
            headers: &[("Host", "h"), ("Bad Name", "v")],
            ..get("/")
        };
        assert_eq!(
            sign_headers(&r, &p, &cache),
            Err(SigningError::InvalidHeaderName)
        );
        let r = SignableRequest {
            method: "G T",
            ..get("/")
        };
        assert_eq!(
            sign_headers(&r, &p, &cache),
            Err(SigningError::InvalidMethod)
        );
        let mut bad = params(None);
        bad.region = "us east";
        assert_eq!(
            sign_headers(&get("/"), &bad, &cache),
            Err(SigningError::InvalidScope)
        );
        let mut bad = params(Some("tok\nen"));
        assert_eq!(
            sign_headers(&get("/"), &bad, &cache),
            Err(SigningError::InvalidSessionToken)
        );
        bad.session_token = None;
        bad.settings.expires_in = Duration::from_secs(7 * 24 * 3600 + 1);
        assert_eq!(
            presign_query(&get("/"), &bad, &cache),
            Err(SigningError::InvalidExpiry)
        );
        assert_eq!(
            SigningError::InvalidHeaderValue { name: "x-a".into() }.to_string(),
            "invalid value for header `x-a`"
        );
    }

    #[test]
    fn params_debug_redacts_secret_and_token() {
        let p = params(Some("SESSIONTOKEN"));
        assert_eq!(
            format!("{p:?}"),
            "SigningParams { access_key_id: \"AKIDEXAMPLE\", secret_access_key: <redacted>, \
             session_token: Some(<redacted>), region: \"us-east-1\", service: \"service\", \
             time: 2015-08-30T12:36:00Z, settings: SigningSettings { uri_path_normalization: \
             true, double_uri_encode: true, sign_body: false, session_token_mode: Include, \
             expires_in: 900s } }"
        );
        let p = params(None);
        assert!(format!("{p:?}").contains("session_token: None,"));
    }

    #[test]
    fn signable_request_debug_hides_credential_headers() {
        let r = SignableRequest {
            headers: &[("Host", "h"), ("X-Amz-Security-Token", "TOKEN")],
            ..get("/p?q=1")
        };
        assert_eq!(
            format!("{r:?}"),
            "SignableRequest { method: \"GET\", uri: \"/p?q=1\", headers: [(\"Host\", \"h\"), \
             (\"X-Amz-Security-Token\", <redacted>)], body: 0 bytes }"
        );
    }

    #[test]
    fn outputs_debug_redacts_token_and_canonical_request() {
        let cache = SigningKeyCache::new();
        let p = params(Some("SESSIONTOKEN"));
        let out = sign_headers(&get("/"), &p, &cache).expect("signable");
        let dbg = format!("{out:?}");
        assert!(!dbg.contains("SESSIONTOKEN"), "{dbg}");
        assert!(
            dbg.contains("(\"x-amz-security-token\", <redacted>)"),
            "{dbg}"
        );
        assert!(
            out.canonical_request
                .contains("x-amz-security-token:SESSIONTOKEN\n")
        );
        let out = presign_query(&get("/"), &p, &cache).expect("signable");
        let dbg = format!("{out:?}");
        assert!(!dbg.contains("SESSIONTOKEN"), "{dbg}");
        assert!(
            dbg.contains("(\"X-Amz-Security-Token\", <redacted>)"),
            "{dbg}"
        );
        assert_eq!(format!("{cache:?}"), "SigningKeyCache { entries: 1 }");
    }

    #[test]
    fn key_cache_hits_and_evicts() {
        let cache = SigningKeyCache::new();
        let p = params(None);
        let first = sign_headers(&get("/"), &p, &cache).expect("signable");
        {
            let entries = cache.entries.lock().expect("not poisoned");
            assert_eq!(entries.len(), 1);
            assert_eq!(entries[0].fingerprint, fingerprint(SECRET));
            assert_ne!(&entries[0].fingerprint[..], SECRET.as_bytes());
            assert_eq!(
                *entries[0].key.0,
                *derive_signing_key(SECRET, "20150830", "us-east-1", "service").0
            );
        }
        // Poison the cached key: a second signing that reuses it proves the hit.
        cache.entries.lock().expect("not poisoned")[0].key = SigningKey(Zeroizing::new([7; 32]));
        let second = sign_headers(&get("/"), &p, &cache).expect("signable");
        assert_ne!(first.signature, second.signature);
        assert_eq!(cache.entries.lock().expect("not poisoned").len(), 1);
        // Another day, region, service or secret is another entry; at most CACHE_CAPACITY.
        for (i, region) in ["r-1", "r-2", "r-3", "r-4", "r-5"].iter().enumerate() {
            let p = SigningParams {
                region,
                ..params(None)
            };
            sign_headers(&get("/"), &p, &cache).expect("signable");
            let len = cache.entries.lock().expect("not poisoned").len();
            assert_eq!(len, (i + 2).min(CACHE_CAPACITY));
        }
        // The oldest (the poisoned us-east-1 key) was evicted: the signature is right again.
        let third = sign_headers(&get("/"), &p, &cache).expect("signable");
        assert_eq!(first.signature, third.signature);
    }

    #[test]
    fn session_token_after_signing_is_not_signed() {
        let cache = SigningKeyCache::new();
        let mut p = params(Some("TOKEN"));
        p.settings.session_token_mode = SessionTokenMode::AfterSigning;
        let out = sign_headers(&get("/"), &p, &cache).expect("signable");
        assert!(!out.canonical_request.contains("TOKEN"));
        let plain = sign_headers(&get("/"), &params(None), &cache).expect("signable");
        assert_eq!(out.signature, plain.signature);
        let names: Vec<&str> = out.headers.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            names,
            ["x-amz-date", "x-amz-security-token", "authorization"]
        );
    }

    #[test]
    fn http_request_gets_host_with_port_and_replaced_headers() {
        let cache = SigningKeyCache::new();
        let mut req = http::Request::builder()
            .method("POST")
            .uri("https://example.amazonaws.com:8443/")
            .header("x-amz-date", "19990101T000000Z")
            .header("authorization", "stale")
            .body(Vec::<u8>::new())
            .expect("valid request");
        sign_http_request(&mut req, &params(None), &cache).expect("signable");
        let h = req.headers();
        assert_eq!(h["host"], "example.amazonaws.com:8443");
        assert_eq!(h.get_all("x-amz-date").iter().count(), 1);
        assert_eq!(h["x-amz-date"], "20150830T123600Z");
        assert_eq!(h.get_all("authorization").iter().count(), 1);
        assert!(h["authorization"].is_sensitive());

        let mut req = http::Request::builder()
            .uri("https://example.amazonaws.com:443/")
            .body(Vec::<u8>::new())
            .expect("valid request");
        sign_http_request(&mut req, &params(None), &cache).expect("signable");
        assert_eq!(req.headers()["host"], "example.amazonaws.com");
        let auth = req.headers()["authorization"].to_str().expect("ascii");
        assert!(auth.ends_with(
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ));

        let mut req = http::Request::builder()
            .uri("/no-authority")
            .body(Vec::<u8>::new())
            .expect("valid request");
        assert_eq!(
            sign_http_request(&mut req, &params(None), &cache),
            Err(SigningError::MissingHost)
        );
    }
}
