//! The bodies of the `cargo fuzz` targets in `fuzz/`, shared with the
//! regression test `tests/fuzz_regressions.rs`: the fuzz crate includes this
//! file by path, so the fuzzer and CI run the same code on an input.
//!
//! Each harness reads its input with [`Input`] (a few bytes of choices, then
//! length-prefixed pieces, then the rest), drives one entry point, formats
//! every result (`Display`, `{:?}`, `{:#?}`, the `source()` chain) and asserts
//! properties that hold for any input. A panic is a failure.
//!
//! The secrecy properties (a secret of the request echoed in a response, raw
//! or JSON-escaped, never appears in an error; a secret never changes how an
//! error is parsed) are checked unless `AWSOP_FUZZ_SECRECY=0`.
#![allow(dead_code, unreachable_pub, missing_docs)]
#![allow(clippy::unwrap_used, reason = "a failing unwrap is a fuzz failure")]

use std::collections::{BTreeMap, HashMap};
use std::error::Error as StdError;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

use awsop::endpoint::{self, EndpointOverrides, Scheme, ServiceEndpointInfo};
use awsop::env::Env;
use awsop::error::{OperationError, UnhandledError};
use awsop::profile::{self, ProfileSet};
use awsop::protocol::{self, ResponseFailure};
use awsop::sigv4::{self, SessionTokenMode, SignableBody, SignableRequest, SigningParams};
use awsop::time::DateTime;
use awsop::wire::{Blob, Document};
use awsop::{Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};
use http::{HeaderMap, HeaderName, HeaderValue};

// --- reading an input -------------------------------------------------------

/// A cursor over the fuzzer's bytes; reads past the end give zeros and empty
/// slices, so every input is valid.
pub struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Input { data }
    }

    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    pub fn u16(&mut self) -> u16 {
        u16::from_be_bytes([self.byte(), self.byte()])
    }

    /// A piece of at most `max` bytes, its length given by the next byte.
    pub fn piece(&mut self, max: usize) -> &'a [u8] {
        let n = (usize::from(self.byte()) % (max + 1)).min(self.data.len());
        let (piece, rest) = self.data.split_at(n);
        self.data = rest;
        piece
    }

    pub fn text(&mut self, max: usize) -> String {
        String::from_utf8_lossy(self.piece(max)).into_owned()
    }

    pub fn rest(self) -> &'a [u8] {
        self.data
    }
}

/// Whether the secrecy properties are checked (on unless
/// `AWSOP_FUZZ_SECRECY=0`).
pub fn secrecy_checked() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("AWSOP_FUZZ_SECRECY").map_or(true, |v| v != "0"))
}

/// Everything a caller could print of an error: `Display`, `{:#}`, `{:?}`,
/// `{:#?}` and the same for each error of the `source()` chain.
fn error_text(e: &(dyn StdError + 'static)) -> String {
    let mut out = String::new();
    let mut next = Some(e);
    while let Some(e) = next {
        write!(out, "{e}\n{e:#}\n{e:?}\n{e:#?}\n").unwrap();
        next = e.source();
    }
    out
}

// --- a service with every member type ----------------------------------------

/// A service for the fuzz targets: awsJson 1.0, unsigned operations.
#[aws_service(
    protocol = awsJson1_0,
    target_prefix = "Fuzz_20250101",
    endpoint_prefix = "fuzz",
    service_id = "Fuzz",
)]
pub struct FuzzService;

/// An operation whose output has a member of every wire type.
#[aws_operation(
    service = FuzzService,
    target = "Everything",
    output = EveryType,
    error = UnhandledError,
    auth = none,
)]
pub struct Everything {
    pub value: Option<EveryType>,
}

/// An enum member.
#[aws_enum]
pub enum Color {
    #[aws(value = "RED")]
    Red,
    #[aws(value = "GREEN")]
    Green,
    #[aws(other)]
    Unknown(String),
}

/// A structure with a member of every type the wire knows, nested in itself.
#[aws_shape]
pub struct EveryType {
    pub name: String,
    pub string: Option<String>,
    pub boolean: Option<bool>,
    pub byte: Option<i8>,
    pub short: Option<i16>,
    pub integer: Option<i32>,
    pub long: Option<i64>,
    pub float: Option<f32>,
    pub double: Option<f64>,
    pub blob: Option<Blob>,
    pub epoch: Option<DateTime>,
    #[aws(timestamp_format = "date-time")]
    pub iso: Option<DateTime>,
    #[aws(timestamp_format = "http-date")]
    pub http_date: Option<DateTime>,
    pub list: Option<Vec<String>>,
    pub map: Option<HashMap<String, i32>>,
    pub sorted: Option<BTreeMap<String, bool>>,
    pub list_of_maps: Option<Vec<HashMap<String, Vec<i64>>>>,
    pub blobs: Option<Vec<Blob>>,
    pub document: Option<Document>,
    pub color: Option<Color>,
    pub colors: Option<Vec<Color>>,
    pub secret: Option<Sensitive<String>>,
    #[aws(sensitive)]
    pub secret_map: Option<HashMap<String, String>>,
    pub secret_blob: Option<Sensitive<Blob>>,
    pub nested: Option<Box<EveryType>>,
    pub nested_list: Option<Vec<EveryType>>,
    pub nested_map: Option<BTreeMap<String, EveryType>>,
}

/// An operation whose errors are modeled exceptions with members.
#[aws_operation(
    service = FuzzService,
    target = "Fail",
    output = EveryType,
    error = FailError,
    auth = none,
)]
pub struct Fail {
    pub token: Option<Sensitive<String>>,
}

/// Not authorized.
#[aws_exception]
pub struct NotAuthorizedException {
    pub message: Option<String>,
}

/// Throttled, with members of several types.
#[aws_exception(throttling)]
pub struct ThrottlingException {
    pub message: Option<String>,
    pub retry_after_seconds: Option<i32>,
    pub reason: Option<Color>,
    pub details: Option<Document>,
    pub token: Option<Sensitive<String>>,
}

/// A retryable server fault.
#[aws_exception(retryable)]
pub struct InternalErrorException {
    pub message: Option<String>,
    pub failed: Option<Vec<EveryType>>,
}

/// The errors of `Fail`.
#[aws_error]
pub enum FailError {
    NotAuthorizedException(NotAuthorizedException),
    #[aws(code = "ThrottlingException")]
    Throttling(ThrottlingException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// --- (a) the response decoder -----------------------------------------------

/// Statuses worth trying often; any other comes from two input bytes.
const STATUSES: &[u16] = &[
    200, 201, 204, 299, 300, 307, 400, 403, 404, 413, 429, 500, 503,
];

fn status(input: &mut Input<'_>) -> u16 {
    let b = input.byte();
    if b & 0x80 == 0 {
        STATUSES[usize::from(b) % STATUSES.len()]
    } else {
        input.u16() % 1000
    }
}

fn insert(headers: &mut HeaderMap, name: &str, value: &[u8]) {
    if let Ok(v) = HeaderValue::from_bytes(value) {
        headers.append(HeaderName::from_bytes(name.as_bytes()).unwrap(), v);
    }
}

/// Headers from a flag byte: a content type (none, JSON, HTML or arbitrary),
/// then, each if its bit is set, `x-amzn-errortype`, `x-amzn-requestid`,
/// `x-amzn-errormessage` and one arbitrary header.
fn headers(input: &mut Input<'_>) -> HeaderMap {
    let flags = input.byte();
    let mut h = HeaderMap::new();
    match flags & 3 {
        0 => {}
        1 => insert(&mut h, "content-type", b"application/x-amz-json-1.0"),
        2 => insert(&mut h, "content-type", b"text/html"),
        _ => insert(&mut h, "content-type", input.piece(40)),
    }
    for (bit, name) in [
        (4, "x-amzn-errortype"),
        (8, "x-amzn-requestid"),
        (16, "x-amzn-errormessage"),
    ] {
        if flags & bit != 0 {
            insert(&mut h, name, input.piece(40));
        }
    }
    if flags & 32 != 0 {
        let name = input.piece(16);
        let value = input.piece(40);
        if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name), HeaderValue::from_bytes(value)) {
            h.append(n, v);
        }
    }
    h
}

/// `secret` JSON-escaped as `serde_json` writes it (`\"`, `\\`, controls).
fn json_escaped(secret: &str) -> String {
    let quoted = serde_json::to_string(secret).unwrap();
    quoted[1..quoted.len() - 1].to_owned()
}

/// `secret` with every character written `\uXXXX` (surrogate pairs above the
/// BMP), as some services and Go's encoder (`\u0026`) write them.
fn unicode_escaped(secret: &str) -> String {
    let mut out = String::new();
    for unit in secret.encode_utf16() {
        write!(out, "\\u{unit:04x}").unwrap();
    }
    out
}

/// `secret` with `/` written `\/`, and other escapes as JSON's.
fn slash_escaped(secret: &str) -> String {
    json_escaped(secret).replace('/', "\\/")
}

/// The body template with `$S` replaced by the secret raw, `$J` JSON-escaped,
/// `$U` `\u`-escaped and `$/` with escaped slashes.
fn expand(template: &[u8], secret: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(template.len());
    let mut i = 0;
    while i < template.len() {
        let form = match (template[i], template.get(i + 1)) {
            (b'$', Some(b'S')) => Some(secret.to_owned()),
            (b'$', Some(b'J')) => Some(json_escaped(secret)),
            (b'$', Some(b'U')) => Some(unicode_escaped(secret)),
            (b'$', Some(b'/')) => Some(slash_escaped(secret)),
            _ => None,
        };
        match form {
            Some(f) => {
                out.extend_from_slice(f.as_bytes());
                i += 2;
            }
            None => {
                out.push(template[i]);
                i += 1;
            }
        }
    }
    out
}

/// The outcome of a decode with the text a caller could print of it, and the
/// code of a service error.
fn outcome<O: std::fmt::Debug, E: OperationError>(
    r: &Result<O, ResponseFailure<E>>,
) -> (&'static str, Option<String>, String) {
    match r {
        Ok(out) => ("output", None, format!("{out:?}")),
        Err(f) => {
            let mut text = format!("{f:?}\n{f:#?}\n");
            match f {
                ResponseFailure::Service(e) => {
                    text.push_str(&error_text(e));
                    ("service", Some(e.meta().code().to_owned()), text)
                }
                ResponseFailure::Undecodable(d, source) => {
                    text.push_str(&format!("{}\n{:?}\n", d.reason, d.excerpt));
                    if let Some(s) = source {
                        text.push_str(&error_text(s.as_ref()));
                    }
                    ("undecodable", None, text)
                }
            }
        }
    }
}

/// Target `decode_response`: an arbitrary status, headers and body decoded
/// as the output of [`Fail`] (every member type) or its typed exceptions,
/// with the request's secrets.
///
/// Input: status, header flags and pieces, a secret core (the secret is
/// `S3cr<core>t!`, which no fixed text of awsop contains), a short second
/// secret (such as `e` or `__type`), then the body template (see `expand`).
/// The secrecy properties are checked when [`secrecy_checked`].
pub fn decode_response(data: &[u8]) {
    decode_response_with(data, secrecy_checked());
}

/// [`decode_response`], with the secrecy properties checked or not.
pub fn decode_response_with(data: &[u8], secrecy: bool) {
    let mut input = Input::new(data);
    let status = status(&mut input);
    let headers = headers(&mut input);
    let secret = format!("S3cr{}t!", input.text(16));
    let short = input.text(12);
    let body = expand(input.rest(), &secret);
    let mut secrets = vec![secret.clone()];
    if !short.is_empty() {
        secrets.push(short);
    }

    let with = protocol::decode_response::<Fail>(status, &headers, &body, &secrets);
    let without = protocol::decode_response::<Fail>(status, &headers, &body, &[]);
    if !(200..300).contains(&status) {
        assert!(with.is_err(), "status {status} gave an output");
    }
    if let Ok(out) = &with {
        // A Sensitive member never shows in Debug, unless another member
        // holds the same text.
        if let Some(value) = out.secret.as_ref().map(|s| s.expose().clone())
            && value.len() >= 4
        {
            let mut plain = out.clone();
            plain.secret = None;
            let baseline = format!("{plain:?}");
            if !baseline.contains(&value) {
                assert!(
                    !format!("{out:?}{out:#?}").contains(&value),
                    "Debug shows a Sensitive member"
                );
            }
        }
    }
    let (kind, code, text) = outcome(&with);
    let (kind_without, code_without, _) = outcome(&without);
    if !secrecy {
        return;
    }
    // A secret never changes how the response is read (issue 10, item 3).
    assert_eq!(
        (kind, &code),
        (kind_without, &code_without),
        "scrubbing changed how the response was read"
    );
    // An echoed secret never reaches an error (items 3, 4, 5), unless the
    // service made it the error code or put it in a header, which awsop
    // shows as sent.
    let in_header = headers
        .values()
        .any(|v| String::from_utf8_lossy(v.as_bytes()).contains(&secret));
    let in_code = code.as_deref().is_some_and(|c| c.contains(&secret));
    if with.is_err() && !in_header && !in_code {
        // As written, and as `{:?}` writes it inside a string (`\"`, `\\`).
        let debugged = format!("{secret:?}");
        let debugged = &debugged[1..debugged.len() - 1];
        assert!(
            !text.contains(&secret) && !text.contains(debugged),
            "the secret appears in the error:\n{text}"
        );
    }
}

// --- (b) the error parser ---------------------------------------------------

/// Target `error_parser`: `parse_error_parts` and the error path of
/// `decode_response` for an operation with modeled exceptions, with
/// arbitrary headers and body under an error status.
pub fn error_parser(data: &[u8]) {
    let mut input = Input::new(data);
    let status = 400 + input.u16() % 200;
    let headers = headers(&mut input);
    let body = input.rest();

    let parts = protocol::parse_error_parts(&headers, body);
    if let Some(code) = &parts.code {
        assert!(!code.is_empty());
        assert!(!code.contains(':') && !code.contains('#'), "{code:?}");
        assert_eq!(code.trim(), code.as_str());
        assert_eq!(protocol::sanitize_error_code(code), code.as_str());
    }
    assert_eq!(parts.request_id, protocol::request_id(&headers));
    let raw = String::from_utf8_lossy(body);
    let sanitized = protocol::sanitize_error_code(&raw);
    assert!(raw.contains(sanitized));

    let result = protocol::decode_response::<Fail>(status, &headers, body, &[]);
    let (kind, code, _) = outcome(&result);
    match &result {
        Ok(_) => panic!("status {status} gave an output"),
        Err(ResponseFailure::Service(e)) => {
            let meta = e.meta();
            assert_eq!(meta.status(), status);
            assert_eq!(meta.request_id(), parts.request_id.as_deref());
            let _ = e.retry_kind();
        }
        Err(ResponseFailure::Undecodable(d, _)) => {
            assert_eq!(d.status, Some(status));
        }
    }
    // With no secrets, an error is typed exactly when it has a code, and the
    // code is the parts' code: of the body's bytes, or of its text read
    // lossily (a body that is JSON but for a byte that is not UTF-8; the
    // decoder reads the lossy text today, see `lossy-utf8-code`).
    let lossy = protocol::parse_error_parts(&headers, raw.as_bytes()).code;
    assert_eq!(kind == "service", code.is_some(), "{kind}");
    assert!(
        code == parts.code || code == lossy,
        "{code:?}, parts {:?}, lossy {lossy:?}",
        parts.code
    );
}

// --- (c) the profile parser ---------------------------------------------------

/// Target `profile`: the text of a config file and a credentials file, parsed
/// by `ProfileSet::parse`, and every lookup of the result.
///
/// Input: a flag byte (which files are present, which profile is selected),
/// then the config text up to the first `0xff` byte and the credentials text.
pub fn profile(data: &[u8]) {
    let mut input = Input::new(data);
    let flags = input.byte();
    let rest = input.rest();
    let (config, credentials) = match rest.iter().position(|b| *b == 0xff) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, &rest[..0]),
    };
    let config = String::from_utf8_lossy(config);
    let credentials = String::from_utf8_lossy(credentials);
    let selected = match flags >> 4 {
        0 => "default",
        1 => "dev",
        2 => "",
        _ => "profile default",
    };
    let (cp, kp) = (Path::new("/fuzz/config"), Path::new("/fuzz/credentials"));
    let config_arg = (flags & 1 == 0).then_some((cp, config.as_ref()));
    let credentials_arg = (flags & 2 == 0).then_some((kp, credentials.as_ref()));
    match ProfileSet::parse(config_arg, credentials_arg, selected) {
        Ok(set) => {
            let _ = format!("{set:?}{set:#?}");
            let _ = set.warnings();
            let names: Vec<String> = set.profile_names().map(str::to_owned).collect();
            for name in &names {
                let p = set.profile(name).expect("a listed profile exists");
                assert_eq!(p.name(), name);
                for key in p.keys() {
                    let _ = p.get(key);
                    let _ = p.sub_properties(key);
                }
                let _ = set.services(name);
                let _ = set.sso_session(name);
            }
            let env = Env::from_pairs::<&str, &str>([]);
            let region = profile::region_from_env_or_profile(&env, &set);
            assert!(region.as_deref() != Some(""));
            // The profile's endpoint overrides go through the endpoint parser.
            if let Some(p) = set.selected() {
                let overrides = EndpointOverrides {
                    profile_global: p.get("endpoint_url").map(str::to_owned),
                    ..EndpointOverrides::default()
                };
                let _ =
                    endpoint::resolve(&FUZZ_ENDPOINT, region.as_deref(), false, false, &overrides)
                        .map(|e| e.url());
            }
        }
        Err(e) => {
            let text = if e.path() == cp {
                &config
            } else {
                assert_eq!(e.path(), kp);
                &credentials
            };
            if let Some(line) = e.line() {
                let lines = text.split('\n').count();
                assert!(line >= 1 && line <= lines, "line {line} of {lines}: {e}");
            }
            let shown = error_text(&e);
            assert!(shown.contains(&e.path().display().to_string()), "{shown}");
        }
    }
}

// --- (d) the endpoint-override parser ----------------------------------------

const FUZZ_ENDPOINT: ServiceEndpointInfo = ServiceEndpointInfo::new("Fuzz", "fuzz");

/// A string no URL has by chance, put where the input writes `$P`: a
/// password or a query value that errors must never echo.
const URL_SECRET: &str = "pw5ECRETpw";

const REGIONS: &[&str] = &["us-east-1", "cn-north-1", "us-gov-west-1", "eu-isoe-west-1"];

/// Target `endpoint_override`: an endpoint URL override from any source,
/// resolved by `endpoint::resolve`, and what the result prints.
///
/// Input: a flag byte (the override's source, FIPS, dual-stack, the ignore
/// settings), a region byte, then the URL (`$P` stands for a secret).
pub fn endpoint_override(data: &[u8]) {
    let mut input = Input::new(data);
    let flags = input.byte();
    let region_byte = input.byte();
    let url = String::from_utf8_lossy(input.rest()).replace("$P", URL_SECRET);
    let region = match region_byte {
        0..=127 => Some(REGIONS[usize::from(region_byte) % REGIONS.len()]),
        128..=191 => None,
        _ => Some("a-b_c"),
    };
    let mut overrides = EndpointOverrides::default();
    match flags & 7 {
        0 => overrides.code = Some(url.clone()),
        1 => overrides.env_service = Some(url.clone()),
        2 => overrides.env_global = Some(url.clone()),
        3 => overrides.profile_service = Some(url.clone()),
        _ => overrides.profile_global = Some(url.clone()),
    }
    overrides.ignore_configured_env = (flags & 8 != 0).then_some(flags & 16 != 0);
    overrides.ignore_configured_profile = (flags & 32 != 0).then_some(true);
    let fips = flags & 64 != 0;
    let dual_stack = flags & 128 != 0;
    let _ = format!("{overrides:?}");

    match endpoint::resolve(&FUZZ_ENDPOINT, region, fips, dual_stack, &overrides) {
        Ok(e) => {
            let _ = format!("{e}{e:?}{}", e.authority());
            let _ = e.ensure_allowed_scheme();
            let _ = e.url_for("/a/b");
            if e.is_override() {
                assert!(matches!(e.scheme(), Scheme::Http | Scheme::Https));
                assert!(!e.host().is_empty());
                assert!(!e.authority().contains('@'));
                let lower = url.to_ascii_lowercase();
                assert!(lower.starts_with("http://") || lower.starts_with("https://"));
                // What was accepted prints as a URL that resolves to itself.
                let again = EndpointOverrides {
                    code: Some(e.url()),
                    ..EndpointOverrides::default()
                };
                let e2 = endpoint::resolve(&FUZZ_ENDPOINT, None, false, false, &again).unwrap();
                assert_eq!(e2.url(), e.url());
            }
        }
        Err(err) => {
            let shown = error_text(&err);
            // User info, a query and a fragment are never echoed. User info
            // is what comes before the last `@` of the URL (before any `?`
            // or `#`), after the `://` when there is one: a scheme cannot
            // hold a password, and awsop may name one that looks like a
            // scheme (see `scheme-echoed`).
            let cut = url.find(['?', '#']).unwrap_or(url.len());
            let start = url[..cut].find("://").map_or(0, |i| i + 3);
            let user_info_end = url[..cut].rfind('@').filter(|at| *at >= start);
            // Checked only when every copy of the marker is in such a part
            // (see `marker-also-in-path`).
            let mut at = url.match_indices(URL_SECRET).map(|(at, _)| at).peekable();
            let hidden = at.peek().is_some()
                && at.all(|at| {
                    at >= cut || user_info_end.is_some_and(|end| at >= start && at < end)
                });
            if hidden {
                assert!(!shown.contains(URL_SECRET), "{url:?} echoed: {shown}");
            }
        }
    }
}

// --- (e) SigV4 canonicalization ---------------------------------------------

const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const SESSION_TOKEN: &str = "FQoGZXIvYXdzEXAMPLETOKEN";

/// Target `sigv4`: an arbitrary request (method, target, headers, body)
/// signed by `sign_headers`, `presign_query` and `sign_http_request` with
/// fixed credentials and time.
///
/// Input: a settings byte, a body-mode byte, the expiry, the method, the
/// request target, up to seven headers, then the body.
pub fn sigv4(data: &[u8]) {
    let mut input = Input::new(data);
    let flags = input.byte();
    let body_mode = input.byte();
    let expires = input.u16();
    let method = input.text(10);
    let uri = input.text(80);
    let count = input.byte() % 8;
    let headers: Vec<(String, String)> = (0..count)
        .map(|_| (input.text(16), input.text(40)))
        .collect();
    let body = input.rest();
    let precomputed = String::from_utf8_lossy(body);
    let body = match body_mode % 3 {
        0 => SignableBody::Bytes(body),
        1 => SignableBody::Precomputed(&precomputed),
        _ => SignableBody::UnsignedPayload,
    };
    let header_refs: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let request = SignableRequest {
        method: &method,
        uri: &uri,
        headers: &header_refs,
        body,
    };
    let params = SigningParams {
        access_key_id: ACCESS_KEY,
        secret_access_key: SECRET_KEY,
        session_token: (flags & 1 != 0).then_some(SESSION_TOKEN),
        region: "us-east-1",
        service: "service",
        time: DateTime::from_secs(1_440_938_160),
        settings: sigv4::SigningSettings {
            uri_path_normalization: flags & 2 != 0,
            double_uri_encode: flags & 4 != 0,
            sign_body: flags & 8 != 0,
            session_token_mode: if flags & 16 != 0 {
                SessionTokenMode::AfterSigning
            } else {
                SessionTokenMode::Include
            },
            expires_in: std::time::Duration::from_secs(u64::from(expires) * 16),
        },
    };
    let cache = sigv4::SigningKeyCache::new();
    let hex64 =
        |s: &str| s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    let no_secret = |shown: &str| {
        assert!(!shown.contains(SECRET_KEY), "secret key shown: {shown}");
        assert!(
            !shown.contains(SESSION_TOKEN),
            "session token shown: {shown}"
        );
    };
    no_secret(&format!("{request:?}{params:?}{cache:?}"));

    match sigv4::sign_headers(&request, &params, &cache) {
        Ok(out) => {
            assert!(hex64(&out.signature), "{}", out.signature);
            assert!(out.canonical_request.starts_with(&method));
            no_secret(&format!("{out:?}{out:#?}"));
            // Signing is a function of its inputs.
            let again = sigv4::sign_headers(&request, &params, &cache).unwrap();
            assert_eq!(again.signature, out.signature);
        }
        Err(e) => no_secret(&error_text(&e)),
    }
    match sigv4::presign_query(&request, &params, &cache) {
        Ok(out) => {
            assert!(hex64(&out.signature), "{}", out.signature);
            let _ = out.query_string();
            no_secret(&format!("{out:?}{out:#?}"));
        }
        Err(e) => no_secret(&error_text(&e)),
    }

    // The same request as an `http::Request`, when `http` accepts it.
    let full_uri = format!("https://example.amazonaws.com{uri}");
    let mut builder = http::Request::builder()
        .method(method.as_str())
        .uri(full_uri);
    for (k, v) in &headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    if let Ok(mut req) = builder.body(precomputed.as_bytes().to_vec()) {
        match sigv4::sign_http_request(&mut req, &params, &cache) {
            Ok(()) => assert!(req.headers().contains_key("authorization")),
            Err(e) => no_secret(&error_text(&e)),
        }
    }
}
