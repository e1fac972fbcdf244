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

use std::fmt;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

use crate::sensitive::REDACTED;
use crate::time::DateTime;

mod canonical;
mod key;
mod presign;
mod sign;
#[cfg(test)]
mod tests;

pub use key::SigningKeyCache;
pub use presign::presign_query;
pub use sign::{sign_headers, sign_http_request};

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
            .map(|(k, v)| {
                let (k, v) = (
                    canonical::encode(k.as_bytes()),
                    canonical::encode(v.as_bytes()),
                );
                format!("{k}={v}")
            })
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
