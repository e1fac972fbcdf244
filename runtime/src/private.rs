//! Support for the code the macros generate. Not a public API: anything here
//! may change in any release.
//!
//! The generated code stays thin by calling these helpers; each is an
//! ordinary function with ordinary tests.

use std::fmt;

pub use serde;
pub use serde_json;

pub use crate::client::Client;
pub use crate::endpoint::{EndpointRule, ServiceEndpointInfo};
pub use crate::error::{Error, ErrorMeta, Exception, OperationError, RetryKind, UnhandledError};
pub use crate::operation::{Auth, Operation, OperationOutput, Protocol, Service, ServiceMeta};
pub use crate::sensitive::{REDACTED, ScrubStrings, Scrubber, VisitSecrets};
pub use crate::time::TimestampFormat;
pub use crate::wire::{Format, Key, Seed, Ser, WireDe, WireSer};

/// A fresh idempotency token (a version-4 UUID) for a member marked
/// `#[aws(idempotency_token)]` that the caller left unset. The request body is
/// serialized once per call ([`crate::protocol::build_request`], before the
/// first attempt), so every retry of the call carries the same token.
pub fn idempotency_token() -> String {
    crate::rand::uuid_v4()
}

/// The error for a required member the body did not have.
fn missing_member<E: serde::de::Error>(name: &str) -> E {
    E::custom(format_args!("missing required member `{name}`"))
}

/// The error for a member the body had twice.
fn duplicate_member<E: serde::de::Error>(name: &str) -> E {
    E::custom(format_args!("duplicate member `{name}`"))
}

/// A required member's value: the value read, else (missing or `null`) the
/// type's zero value ([`WireDe::zero`], Smithy's client error correction).
///
/// # Errors
///
/// "missing required member" when the member was missing or `null` and its
/// type has no zero value (a required `Box<T>`).
pub fn required<T: WireDe, E: serde::de::Error>(slot: Option<T>, name: &str) -> Result<T, E> {
    match slot {
        Some(v) => Ok(v),
        None => T::zero().ok_or_else(|| missing_member(name)),
    }
}

/// Reads the value of member `name` into its slot: `None` while unseen,
/// `Some(None)` after a `null`. A `T` that is not an `Option` is read as
/// `Option<T>`, so that a `null` is a missing value rather than an error.
///
/// # Errors
///
/// What the value's decoder reports, or "duplicate member" when the body
/// had the member before.
pub fn read_member<'de, A: serde::de::MapAccess<'de>, T: WireDe>(
    map: &mut A,
    slot: &mut Option<Option<T>>,
    name: &str,
    format: Format,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(duplicate_member(name));
    }
    *slot = Some(map.next_value_seed(Seed::<Option<T>>::new(format))?);
    Ok(())
}

/// Like [`read_member`], for a member the services spell two ways (an
/// exception's `message` and `Message`, both sent by query-compatible
/// services): the first non-`null` value wins, and later ones are skipped.
///
/// # Errors
///
/// What the value's decoder reports.
pub fn read_alias_member<'de, A: serde::de::MapAccess<'de>, T: WireDe>(
    map: &mut A,
    slot: &mut Option<Option<T>>,
    format: Format,
) -> Result<(), A::Error> {
    if let Some(Some(_)) = slot {
        map.next_value::<serde::de::IgnoredAny>()?;
    } else {
        *slot = Some(map.next_value_seed(Seed::<Option<T>>::new(format))?);
    }
    Ok(())
}

/// The format of one member inside a value read or written as `outer`: the
/// member's own timestamp format, sensitive if the member or anything around
/// it is.
pub const fn member_format(outer: Format, timestamp: TimestampFormat, sensitive: bool) -> Format {
    Format {
        timestamp,
        sensitive: outer.sensitive || sensitive,
    }
}

/// Debug-prints as [`REDACTED`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// How a member marked `#[aws(sensitive)]` prints in `Debug`: `None` when
/// absent, `Some(<redacted>)` when present.
pub fn redact_option<T>(value: &Option<T>) -> Option<Redacted> {
    value.as_ref().map(|_| Redacted)
}

/// The HTTP status as the type of an `#[aws(http_status)]` field.
pub fn status<T: From<u16>>(status: u16) -> T {
    T::from(status)
}

/// The request id as an `#[aws(request_id)]` field holds it.
pub fn request_id(request_id: Option<&str>) -> Option<String> {
    request_id.map(str::to_owned)
}

/// The length of `prefix.name`.
pub const fn target_len(prefix: &str, name: &str) -> usize {
    prefix.len() + 1 + name.len()
}

/// `prefix.name` as bytes, at compile time; `N` is [`target_len`].
///
/// # Panics
///
/// At compile time, when `N` is not [`target_len`].
pub const fn concat_target<const N: usize>(prefix: &str, name: &str) -> [u8; N] {
    assert!(N == target_len(prefix, name), "wrong target length");
    let mut out = [0u8; N];
    let (p, n) = (prefix.as_bytes(), name.as_bytes());
    let mut i = 0;
    while i < p.len() {
        out[i] = p[i];
        i += 1;
    }
    out[i] = b'.';
    let mut j = 0;
    while j < n.len() {
        out[i + 1 + j] = n[j];
        j += 1;
    }
    out
}

/// The bytes [`concat_target`] made, as a string.
///
/// # Panics
///
/// At compile time, never in practice: the bytes are two strings and a dot.
pub const fn utf8(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("a target is two strings and a dot"),
    }
}

/// Decodes an exception's members from an error body; an empty body reads
/// as `{}`.
///
/// # Errors
///
/// When the body is not JSON or does not fit the exception.
pub fn decode_body<T: WireDe>(body: &[u8]) -> Result<T, serde_json::Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        crate::wire::from_slice(b"{}")
    } else {
        crate::wire::from_slice(body)
    }
}

/// Scrubs the value of an enum's catch-all variant.
pub fn scrub_other<T: AsRef<str> + for<'a> From<&'a str>>(value: &mut T, secrets: &Scrubber) {
    let scrubbed = secrets.scrub(value.as_ref());
    if scrubbed != value.as_ref() {
        *value = T::from(scrubbed.as_str());
    }
}

/// The most members of an error body tried one by one when the body does
/// not fit its exception (each try decodes the members kept so far).
const MAX_MEMBERS_TRIED: usize = 64;

/// The variant for a modeled code, never a failure.
///
/// The exception is decoded from the body as the service sent it, then its
/// strings are scrubbed of `secrets` (scrubbing first could change how the
/// body parses). A body that does not fit the exception still gives the
/// typed variant, with what could be read: when the body is a JSON object,
/// each of its first 64 members is kept if the exception still decodes with
/// it, and the other members are empty (zero or `None`).
/// The reason is kept in [`ErrorMeta::decode_error`] and a `debug` trace
/// event. Only an exception that cannot be made from `{}` either (a required
/// recursive member) falls back to `other`, with the same reason.
pub fn decode_exception<E: Exception + ScrubStrings, T>(
    meta: ErrorMeta,
    body: &[u8],
    secrets: &Scrubber,
    wrap: fn(E) -> T,
    other: fn(UnhandledError) -> T,
) -> T {
    // Keep a copy: a body that does not decode still gives the metadata.
    match E::from_response(meta.clone(), body) {
        Ok(mut e) => {
            e.scrub_strings(secrets);
            wrap(e)
        }
        Err(err) => {
            let reason = secrets.scrub(&err.to_string());
            tracing::debug!(
                code = meta.code(),
                reason = reason.as_str(),
                "the error body does not fit the modeled exception; keeping the members that fit"
            );
            let meta = meta.with_decode_error(reason);
            match what_fits::<E>(&meta, body) {
                Some(mut e) => {
                    e.scrub_strings(secrets);
                    wrap(e)
                }
                None => other(UnhandledError::new(meta)),
            }
        }
    }
}

/// The exception made of the members of `body` that fit it (see
/// [`decode_exception`]), or `None` when not even `{}` does.
fn what_fits<E: Exception>(meta: &ErrorMeta, body: &[u8]) -> Option<E> {
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(body).unwrap_or_default();
    let mut kept = serde_json::Map::new();
    for (key, value) in object.into_iter().take(MAX_MEMBERS_TRIED) {
        kept.insert(key.clone(), value);
        let fits = serde_json::to_vec(&kept)
            .is_ok_and(|bytes| E::from_response(meta.clone(), &bytes).is_ok());
        if !fits {
            kept.remove(&key);
        }
    }
    let bytes = serde_json::to_vec(&kept).ok()?;
    E::from_response(meta.clone(), &bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_errors_name_the_member() {
        let e: serde_json::Error = missing_member("SecretCode");
        assert_eq!(e.to_string(), "missing required member `SecretCode`");
        let e: serde_json::Error = duplicate_member("Session");
        assert_eq!(e.to_string(), "duplicate member `Session`");
        assert_eq!(required::<u8, serde_json::Error>(Some(1), "X").unwrap(), 1);
        assert_eq!(required::<u8, serde_json::Error>(None, "X").unwrap(), 0);
        let e = required::<Box<u8>, serde_json::Error>(None, "X").unwrap_err();
        assert_eq!(e.to_string(), "missing required member `X`");
    }

    #[test]
    fn formats_keep_sensitivity() {
        let outer = Format::DEFAULT.with_sensitive(true);
        let f = member_format(outer, TimestampFormat::HttpDate, false);
        assert!(f.sensitive);
        assert_eq!(f.timestamp, TimestampFormat::HttpDate);
        assert!(member_format(Format::DEFAULT, TimestampFormat::EpochSeconds, true).sensitive);
        assert!(!member_format(Format::DEFAULT, TimestampFormat::EpochSeconds, false).sensitive);
    }

    #[test]
    fn response_meta_conversions() {
        assert_eq!(status::<u64>(404), 404u64);
        assert_eq!(request_id(Some("r")), Some("r".to_owned()));
    }

    #[test]
    fn redaction_of_options() {
        assert_eq!(
            format!("{:?}", redact_option(&Some("x"))),
            "Some(<redacted>)"
        );
        assert_eq!(format!("{:?}", redact_option::<u8>(&None)), "None");
    }

    #[test]
    fn targets_concatenate_at_compile_time() {
        const P: &str = "AWSCognitoIdentityProviderService";
        const LEN: usize = target_len(P, "GetUser");
        const BYTES: [u8; LEN] = concat_target::<LEN>(P, "GetUser");
        const TARGET: &str = utf8(&BYTES);
        assert_eq!(TARGET, "AWSCognitoIdentityProviderService.GetUser");
    }

    #[derive(Debug, Default)]
    struct Boom {
        meta: ErrorMeta,
    }
    impl ScrubStrings for Boom {
        fn scrub_strings(&mut self, _: &Scrubber) {}
    }
    impl fmt::Display for Boom {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(&self.meta, f)
        }
    }
    impl std::error::Error for Boom {}
    impl WireDe for Boom {
        fn de<'de, D: serde::Deserializer<'de>>(d: D, _: Format) -> Result<Self, D::Error> {
            <serde::de::IgnoredAny as serde::Deserialize>::deserialize(d).map(|_| Boom::default())
        }
    }
    impl Exception for Boom {
        const RETRY: Option<RetryKind> = Some(RetryKind::Transient);
        fn from_response(meta: ErrorMeta, body: &[u8]) -> Result<Self, serde_json::Error> {
            let mut e: Boom = decode_body(body)?;
            e.meta = meta;
            Ok(e)
        }
        fn meta(&self) -> &ErrorMeta {
            &self.meta
        }
    }

    #[test]
    fn exceptions_decode_or_fall_back_with_the_meta() {
        let meta = ErrorMeta::new("Boom", Some("m".into()), Some("r".into()), 500);
        let none = Scrubber::default();
        let ok: Result<Boom, UnhandledError> = decode_exception(meta.clone(), b"", &none, Ok, Err);
        assert_eq!(ok.unwrap().meta, meta);
        // A body that does not decode still gives the typed exception, and
        // says why.
        let bad: Result<Boom, UnhandledError> =
            decode_exception(meta.clone(), b"{", &none, Ok, Err);
        let bad = bad.unwrap();
        assert_eq!(bad.meta.code(), "Boom");
        assert_eq!(
            bad.meta.decode_error(),
            Some("EOF while parsing an object at line 1 column 1")
        );
    }
}
