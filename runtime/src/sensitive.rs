//! Secrets: [`Sensitive<T>`] and the one redaction text, [`REDACTED`].
//!
//! A `Sensitive<T>` holds its value in a [`secrecy::SecretBox`], so the value
//! is zeroized when dropped. Its `Debug` and `Display` print [`REDACTED`], its
//! `PartialEq` compares in constant time, and its `Hash` feeds the hasher
//! nothing, so neither leaks the value to a log or a timing side channel. The
//! value goes on the wire unchanged (`serde` passes it through) and is read
//! only through [`Sensitive::expose`].
//!
//! ```
//! use awsop::{Sensitive, REDACTED};
//! let token = Sensitive::new(String::from("eyJraWQiOi..."));
//! assert_eq!(format!("{token:?}"), "<redacted>");
//! assert_eq!(format!("{token}"), REDACTED);
//! assert_eq!(token.expose(), "eyJraWQiOi...");
//! ```

use std::fmt;
use std::hash::{Hash, Hasher};

use secrecy::{ExposeSecret, ExposeSecretMut, SecretBox};
use subtle::ConstantTimeEq;
use zeroize::Zeroize;

/// The text that stands for every sensitive value in `Debug`, `Display`,
/// errors and logs.
pub const REDACTED: &str = "<redacted>";

/// A value that must never be printed: redacted in `Debug` and `Display`,
/// compared in constant time, zeroized on drop.
pub struct Sensitive<T: Zeroize>(SecretBox<T>);

impl<T: Zeroize> Sensitive<T> {
    /// Wraps `value`.
    pub fn new(value: T) -> Self {
        Sensitive(SecretBox::new(Box::new(value)))
    }

    /// The value. Every read of a secret goes through here, so a reviewer can
    /// find them all with one search.
    pub fn expose(&self) -> &T {
        self.0.expose_secret()
    }

    /// The value, mutably.
    pub fn expose_mut(&mut self) -> &mut T {
        self.0.expose_secret_mut()
    }
}

impl<T: Zeroize> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Sensitive::new(value)
    }
}

impl From<&str> for Sensitive<String> {
    fn from(value: &str) -> Self {
        Sensitive::new(value.to_owned())
    }
}

impl<T: Zeroize + Clone> Clone for Sensitive<T> {
    fn clone(&self) -> Self {
        Sensitive::new(self.expose().clone())
    }
}

impl<T: Zeroize + Default> Default for Sensitive<T> {
    fn default() -> Self {
        Sensitive::new(T::default())
    }
}

impl<T: Zeroize> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T: Zeroize> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Equality that takes the same time wherever two values first differ.
///
/// Implemented for the types that secrets come in; [`Sensitive<T>`] is
/// `PartialEq` and `Eq` for these.
pub trait SecretEq {
    /// Whether `self` and `other` are equal, compared in constant time for
    /// values of the same length.
    fn secret_eq(&self, other: &Self) -> bool;
}

impl SecretEq for String {
    fn secret_eq(&self, other: &Self) -> bool {
        self.as_bytes().ct_eq(other.as_bytes()).into()
    }
}

impl SecretEq for Vec<u8> {
    fn secret_eq(&self, other: &Self) -> bool {
        self.as_slice().ct_eq(other.as_slice()).into()
    }
}

impl<T: SecretEq> SecretEq for Option<T> {
    fn secret_eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.secret_eq(b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T: SecretEq> SecretEq for Vec<T> {
    fn secret_eq(&self, other: &Self) -> bool {
        // Compare every pair, without stopping at the first difference.
        self.len() == other.len()
            && self
                .iter()
                .zip(other)
                .fold(true, |eq, (a, b)| a.secret_eq(b) & eq)
    }
}

impl<T: Zeroize + SecretEq> PartialEq for Sensitive<T> {
    fn eq(&self, other: &Self) -> bool {
        self.expose().secret_eq(other.expose())
    }
}

impl<T: Zeroize + SecretEq> Eq for Sensitive<T> {}

/// Hashes nothing: equal values still hash equal, and the value never
/// reaches the hasher.
impl<T: Zeroize> Hash for Sensitive<T> {
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}

impl<T: Zeroize + serde::Serialize> serde::Serialize for Sensitive<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.expose().serialize(serializer)
    }
}

impl<'de, T: Zeroize + serde::Deserialize<'de>> serde::Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // serde's own messages quote the offending value ("invalid type:
        // string \"...\""); for a secret, say what went wrong without it.
        T::deserialize(deserializer)
            .map(Sensitive::new)
            .map_err(|_| serde::de::Error::custom(SENSITIVE_DECODE_ERROR))
    }
}

/// The message for a sensitive member that could not be decoded: it never
/// quotes the value.
pub const SENSITIVE_DECODE_ERROR: &str = "invalid value for a sensitive member (<redacted>)";

/// Lists the secret strings inside a value, so the runtime can scrub them
/// from anything a service echoes back (moto, for one, quotes the access
/// token it rejects in its error message).
///
/// [`VisitSecrets::sensitive_strings`] visits only the members marked
/// sensitive; [`VisitSecrets::all_strings`] visits every string, for a value
/// that is sensitive as a whole. Generated shapes implement both.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop shape: its secrets cannot be found",
    label = "not a wire type",
    note = "add `#[aws_shape]` (a structure) or `#[aws_enum]` (string values) to `{Self}`"
)]
pub trait VisitSecrets {
    /// Calls `visit` with every string in this value.
    fn all_strings(&self, visit: &mut dyn FnMut(&str));
    /// Calls `visit` with every string in the sensitive parts of this value.
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        let _ = visit;
    }
}

/// Scalars hold no text: nothing to visit, nothing to scrub.
macro_rules! no_strings {
    ($($t:ty),*) => {$(
        impl VisitSecrets for $t {
            fn all_strings(&self, _: &mut dyn FnMut(&str)) {}
        }
        impl ScrubStrings for $t {
            fn scrub_strings(&mut self, _: &Scrubber) {}
        }
    )*};
}

no_strings!(
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f32,
    f64,
    crate::time::DateTime
);

impl VisitSecrets for String {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        visit(self);
    }
}

impl VisitSecrets for serde_json::Value {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        match self {
            serde_json::Value::String(s) => visit(s),
            serde_json::Value::Array(a) => a.iter().for_each(|v| v.all_strings(visit)),
            serde_json::Value::Object(o) => o.values().for_each(|v| v.all_strings(visit)),
            _ => {}
        }
    }
}

impl<T: VisitSecrets + Zeroize> VisitSecrets for Sensitive<T> {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.expose().all_strings(visit);
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.expose().all_strings(visit);
    }
}

impl<T: VisitSecrets + ?Sized> VisitSecrets for Box<T> {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        (**self).all_strings(visit);
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        (**self).sensitive_strings(visit);
    }
}

impl<T: VisitSecrets> VisitSecrets for Option<T> {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        if let Some(v) = self {
            v.all_strings(visit);
        }
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        if let Some(v) = self {
            v.sensitive_strings(visit);
        }
    }
}

impl<T: VisitSecrets> VisitSecrets for Vec<T> {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.iter().for_each(|v| v.all_strings(visit));
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.iter().for_each(|v| v.sensitive_strings(visit));
    }
}

macro_rules! map_secrets {
    ($($m:ident),*) => {$(
        impl<T: VisitSecrets> VisitSecrets for std::collections::$m<String, T> {
            fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
                for (k, v) in self {
                    visit(k);
                    v.all_strings(visit);
                }
            }
            fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
                self.values().for_each(|v| v.sensitive_strings(visit));
            }
        }
    )*};
}

map_secrets!(HashMap, BTreeMap);

/// Replaces every occurrence of each secret in `text` with [`REDACTED`].
///
/// Empty secrets are ignored. See [`Scrubber`], which this builds once per
/// call: build one and reuse it to scrub many strings.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    Scrubber::new(secrets).scrub(text)
}

/// Removes a request's secrets from the strings of an error.
///
/// Each secret is looked for as written, trimmed of surrounding whitespace
/// (header values are read trimmed), and as Rust's `Debug` escapes it
/// (`"` → `\"`, `\` → `\\`, control characters), since serde's messages
/// quote values that way. Scrubbing is one left-to-right pass that tries the
/// longest secret first at each position, so a secret that contains another is
/// removed whole, and a secret that occurs in [`REDACTED`] (`"e"`) does not
/// touch the redaction text. Scrub a string once: scrubbing a scrubbed string
/// again would scrub the redaction text.
///
/// ```
/// use awsop::sensitive::Scrubber;
/// let scrubber = Scrubber::new(&["tok".to_owned(), "a\"b".to_owned()]);
/// assert_eq!(scrubber.scrub("bad tok; bad \"a\\\"b\""), "bad <redacted>; bad \"<redacted>\"");
/// ```
#[derive(Clone, Default)]
pub struct Scrubber {
    /// Every form of every secret, longest first.
    patterns: Vec<String>,
}

impl Scrubber {
    /// A scrubber for `secrets` (empty strings are ignored).
    pub fn new(secrets: &[String]) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        for s in secrets.iter().filter(|s| !s.is_empty()) {
            let debug = format!("{s:?}");
            let debug = debug
                .strip_prefix('"')
                .and_then(|d| d.strip_suffix('"'))
                .unwrap_or(&debug)
                .to_owned();
            let escaped: String = s.escape_debug().collect();
            // Header values are trimmed before they are read.
            let trimmed = s.trim().to_owned();
            for form in [s.clone(), debug, escaped, trimmed] {
                if !form.is_empty() && !patterns.contains(&form) {
                    patterns.push(form);
                }
            }
        }
        patterns.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Scrubber { patterns }
    }

    /// Whether there is nothing to scrub.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// `text` with every secret replaced by [`REDACTED`].
    pub fn scrub(&self, text: &str) -> String {
        self.scrub_counting(text).0
    }

    /// [`Scrubber::scrub`], and how many secrets it replaced.
    pub fn scrub_counting(&self, text: &str) -> (String, usize) {
        if !self.patterns.iter().any(|p| text.contains(p.as_str())) {
            return (text.to_owned(), 0);
        }
        let mut out = String::with_capacity(text.len());
        let mut count = 0;
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            match self.patterns.iter().find(|p| rest.starts_with(p.as_str())) {
                Some(p) => {
                    out.push_str(REDACTED);
                    count += 1;
                    rest = &rest[p.len()..];
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        (out, count)
    }

    /// Scrubs `text` where it is.
    pub fn scrub_in_place(&self, text: &mut String) {
        if self.patterns.iter().any(|p| text.contains(p.as_str())) {
            *text = self.scrub(text);
        }
    }
}

/// Prints how many forms it looks for, never the secrets.
impl fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Scrubber({} patterns)", self.patterns.len())
    }
}

/// Scrubs the strings of a decoded value (an exception and everything in it)
/// of a request's secrets, after decoding, so that scrubbing never changes
/// how a body is parsed.
///
/// Generated shapes, exceptions and enums implement it. Timestamps, numbers
/// and blobs hold no text and are left alone; an enum's known values are
/// constants and are left alone, its catch-all value is scrubbed. Map keys are
/// scrubbed too (two keys that scrub to the same text keep the last value).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop shape: its strings cannot be scrubbed",
    label = "not a wire type",
    note = "add `#[aws_shape]` (a structure) or `#[aws_enum]` (string values) to `{Self}`"
)]
pub trait ScrubStrings {
    /// Scrubs every string in this value.
    fn scrub_strings(&mut self, scrubber: &Scrubber);
}

impl ScrubStrings for String {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        scrubber.scrub_in_place(self);
    }
}

impl ScrubStrings for serde_json::Value {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        match self {
            serde_json::Value::String(s) => scrubber.scrub_in_place(s),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|v| v.scrub_strings(scrubber)),
            serde_json::Value::Object(o) => {
                let old = std::mem::take(o);
                for (mut k, mut v) in old {
                    scrubber.scrub_in_place(&mut k);
                    v.scrub_strings(scrubber);
                    o.insert(k, v);
                }
            }
            _ => {}
        }
    }
}

impl<T: ScrubStrings + Zeroize> ScrubStrings for Sensitive<T> {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        self.expose_mut().scrub_strings(scrubber);
    }
}

impl<T: ScrubStrings + ?Sized> ScrubStrings for Box<T> {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        (**self).scrub_strings(scrubber);
    }
}

impl<T: ScrubStrings> ScrubStrings for Option<T> {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        if let Some(v) = self {
            v.scrub_strings(scrubber);
        }
    }
}

impl<T: ScrubStrings> ScrubStrings for Vec<T> {
    fn scrub_strings(&mut self, scrubber: &Scrubber) {
        self.iter_mut().for_each(|v| v.scrub_strings(scrubber));
    }
}

macro_rules! map_scrub {
    ($($m:ident),*) => {$(
        impl<T: ScrubStrings> ScrubStrings for std::collections::$m<String, T> {
            fn scrub_strings(&mut self, scrubber: &Scrubber) {
                if scrubber.is_empty() {
                    return;
                }
                let old = std::mem::take(self);
                for (mut k, mut v) in old {
                    scrubber.scrub_in_place(&mut k);
                    v.scrub_strings(scrubber);
                    self.insert(k, v);
                }
            }
        }
    )*};
}

map_scrub!(HashMap, BTreeMap);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_exactly() {
        let s = Sensitive::new(String::from("hunter2"));
        assert_eq!(format!("{s:?}"), "<redacted>");
        assert_eq!(format!("{s}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(s.clone())), "Some(<redacted>)");
        assert_eq!(format!("{:#?}", vec![s]), "[\n    <redacted>,\n]");
    }

    #[test]
    fn compares_by_value_and_hashes_nothing() {
        use std::collections::hash_map::DefaultHasher;
        let a = Sensitive::new(String::from("a-secret"));
        assert_eq!(a, Sensitive::from("a-secret"));
        assert_ne!(a, Sensitive::from("b-secret"));
        assert_ne!(a, Sensitive::from("a-secret-longer"));
        let hash = |s: &Sensitive<String>| {
            let mut h = DefaultHasher::new();
            s.hash(&mut h);
            h.finish()
        };
        assert_eq!(hash(&a), hash(&Sensitive::from("zzz")));
    }

    #[test]
    fn passes_through_serde_and_never_quotes_on_error() {
        let s = Sensitive::new(String::from("abc"));
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"abc\"");
        let back: Sensitive<String> = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(back.expose(), "abc");
        let err = serde_json::from_str::<Sensitive<Vec<u8>>>("\"top-secret\"").unwrap_err();
        assert!(!err.to_string().contains("top-secret"), "{err}");
        assert!(err.to_string().contains(SENSITIVE_DECODE_ERROR), "{err}");
    }

    #[test]
    fn scrubbing_is_one_pass_in_every_printed_form() {
        let s = |secrets: &[&str], text: &str| {
            let secrets: Vec<String> = secrets.iter().map(|s| (*s).to_owned()).collect();
            Scrubber::new(&secrets).scrub(text)
        };
        // A short secret never touches an earlier redaction.
        assert_eq!(s(&["dac", "e"], "dace"), "<redacted><redacted>");
        assert_eq!(s(&["e", "1"], "e1 be"), "<redacted><redacted> b<redacted>");
        // Debug-escaped, as serde quotes values, and trimmed, as headers are read.
        assert_eq!(
            s(&["a\"b\\c\n"], r#"x "a\"b\\c\n" y"#),
            "x \"<redacted>\" y"
        );
        assert_eq!(s(&[" tok "], "id-tok."), "id-<redacted>.");
        assert_eq!(s(&[""], "a b"), "a b");
        assert_eq!(s(&[" "], "a b"), "a<redacted>b");
        assert_eq!(s(&[], "text"), "text");
        assert_eq!(
            format!("{:?}", Scrubber::new(&["hunter2".to_owned()])),
            "Scrubber(1 patterns)"
        );
    }

    #[test]
    fn scrub_strings_reaches_keys_values_and_documents() {
        let scrubber = Scrubber::new(&["pw".to_owned()]);
        let mut map: std::collections::BTreeMap<String, Vec<Option<String>>> =
            [("k-pw".to_owned(), vec![Some("pw!".to_owned()), None])].into();
        map.scrub_strings(&scrubber);
        assert_eq!(
            map,
            [(
                "k-<redacted>".to_owned(),
                vec![Some("<redacted>!".to_owned()), None]
            )]
            .into()
        );
        let mut doc = serde_json::json!({"pw": ["a pw", 1, {"x": "pw"}]});
        doc.scrub_strings(&scrubber);
        assert_eq!(
            doc,
            serde_json::json!({"<redacted>": ["a <redacted>", 1, {"x": "<redacted>"}]})
        );
        let mut secret = Sensitive::new("pw".to_owned());
        secret.scrub_strings(&scrubber);
        assert_eq!(secret.expose(), "<redacted>");
    }

    #[test]
    fn scrubs_every_secret_longest_first() {
        let secrets = vec!["tok".to_owned(), "tok-123".to_owned(), String::new()];
        assert_eq!(
            scrub("bad credential tok-123 (tok)", &secrets),
            "bad credential <redacted> (<redacted>)"
        );
        let mut seen = Vec::new();
        let mut params = std::collections::BTreeMap::new();
        params.insert("PASSWORD".to_owned(), Sensitive::from("pw"));
        params.sensitive_strings(&mut |s| seen.push(s.to_owned()));
        assert_eq!(seen, ["pw"]);
    }
}
