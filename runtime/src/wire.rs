//! The awsJson value encoding: how each member type goes on the wire.
//!
//! Generated shapes implement [`WireSer`] (inputs) and [`WireDe`] (outputs and
//! errors) by calling these impls member by member; this module is what makes
//! a `Vec<u8>` go out as base64 and a `f64::NAN` as `"NaN"`.
//!
//! | Rust type | JSON |
//! | --- | --- |
//! | `String`, `bool`, integers | string, boolean, number |
//! | `f32`, `f64` | number; `"NaN"`, `"Infinity"`, `"-Infinity"` when not finite |
//! | [`Blob`] | base64 string |
//! | [`DateTime`] | epoch seconds (default), or a `date-time` / `http-date` string ([`Format`]) |
//! | `Vec<T>` | array |
//! | `HashMap<String, T>`, `BTreeMap<String, T>` | object |
//! | [`Document`] (`serde_json::Value`) | any JSON |
//! | `Option<T>` | the value, or absent (`null` reads as absent) |
//! | `Box<T>` | as `T` (for recursive shapes) |
//! | [`Sensitive<T>`](crate::Sensitive) | as `T`; decode errors never quote the value |
//!
//! # Client error correction
//!
//! A response is decoded as Smithy asks of clients, so that a service that
//! leaves out a member, or a model that changed, does not make a whole
//! response undecodable:
//!
//! - A required member (a plain, non-`Option` field) that is missing or
//!   `null` is filled with its type's zero value ([`WireDe::zero`]): `""`,
//!   `0`, `0.0`, `false`, an empty list or map, the epoch for a
//!   [`DateTime`], an empty [`Blob`], `null` for a [`Document`], the
//!   catch-all value `""` for an enum, and for a structure, the structure
//!   with its own required members zero and its optional ones absent (a
//!   union, whose members are all optional, has none set). A
//!   required `Box<T>` (a recursive member) has no zero value: a response
//!   without it fails with `missing required member`.
//! - A `null` entry of a dense list (`Vec<T>`) or map (`HashMap<String, T>`)
//!   is skipped. A sparse list or map (`Vec<Option<T>>`) keeps it as `None`,
//!   and a list of documents keeps it as `Document::Null`.
//!
//! # Errors
//!
//! Decoding fails with the deserializer's error: a wrong JSON type, a number
//! out of range, a bad base64 or timestamp. A member marked sensitive
//! ([`Format::sensitive`]) fails with [`SENSITIVE_DECODE_ERROR`] instead,
//! which never quotes the value.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::marker::PhantomData;

use base64::Engine as _;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use zeroize::Zeroize;

use crate::sensitive::{SENSITIVE_DECODE_ERROR, SecretEq, Sensitive};
use crate::time::{DateTime, TimestampFormat};

/// A JSON document member (Smithy's `document` type).
pub type Document = serde_json::Value;

/// How one member is encoded: its timestamp format, and whether it is
/// sensitive. Applies to the member's value and everything inside it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Format {
    /// The format of timestamps in this member.
    pub timestamp: TimestampFormat,
    /// Whether decode errors must hide the value.
    pub sensitive: bool,
}

impl Format {
    /// The default: epoch-seconds timestamps, not sensitive.
    pub const DEFAULT: Format = Format {
        timestamp: TimestampFormat::EpochSeconds,
        sensitive: false,
    };

    /// This format with the given timestamp format.
    pub const fn with_timestamp(self, timestamp: TimestampFormat) -> Self {
        Format { timestamp, ..self }
    }

    /// This format, marked sensitive.
    pub const fn with_sensitive(self, sensitive: bool) -> Self {
        Format { sensitive, ..self }
    }
}

/// A value that can be written as awsJson.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot go on the wire: it is not an awsop shape",
    label = "not a wire type",
    note = "add `#[aws_shape]` (a structure) or `#[aws_enum]` (string values) to `{Self}`, or use a wire type: `String`, `bool`, an integer, `f32`/`f64`, `Blob`, `DateTime`, `Document`, `Vec<T>`, `HashMap<String, T>`, `Option<T>`, `Box<T>`, `Sensitive<T>`"
)]
pub trait WireSer {
    /// Writes `self` to `serializer` as `format` says.
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error>;
}

/// A value that can be read from awsJson.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be read from the wire: it is not an awsop shape",
    label = "not a wire type",
    note = "add `#[aws_shape]` (a structure) or `#[aws_enum]` (string values) to `{Self}`, or use a wire type: `String`, `bool`, an integer, `f32`/`f64`, `Blob`, `DateTime`, `Document`, `Vec<T>`, `HashMap<String, T>`, `Option<T>`, `Box<T>`, `Sensitive<T>`"
)]
pub trait WireDe: Sized {
    /// Reads a value from `deserializer` as `format` says.
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error>;

    /// The value of a required member that is missing or `null` (see the
    /// [module docs](self#client-error-correction)); `None` when the type
    /// has none, and then a missing member is an error.
    fn zero() -> Option<Self> {
        None
    }

    /// What a `null` entry of a list or map reads as: `None` skips the
    /// entry (a dense collection), `Some` keeps it (`Option<T>`, a document).
    fn null() -> Option<Self> {
        None
    }
}

/// Adapts a [`WireSer`] value to [`serde::Serialize`].
pub struct Ser<'a, T: ?Sized>(pub &'a T, pub Format);

impl<T: WireSer + ?Sized> serde::Serialize for Ser<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.ser(serializer, self.1)
    }
}

/// Adapts a [`WireDe`] type to [`serde::de::DeserializeSeed`].
pub struct Seed<T>(pub Format, PhantomData<fn() -> T>);

impl<T> Seed<T> {
    /// A seed reading a `T` as `format` says.
    pub const fn new(format: Format) -> Self {
        Seed(format, PhantomData)
    }
}

impl<'de, T: WireDe> DeserializeSeed<'de> for Seed<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        if self.0.sensitive {
            T::de(deserializer, self.0).map_err(|_| de::Error::custom(SENSITIVE_DECODE_ERROR))
        } else {
            T::de(deserializer, self.0)
        }
    }
}

/// Reads one entry of a list or map: `null` reads as [`WireDe::null`],
/// anything else as the entry.
struct EntrySeed<T>(Format, PhantomData<fn() -> T>);

impl<'de, T: WireDe> DeserializeSeed<'de> for EntrySeed<T> {
    type Value = Option<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        struct V<T>(Format, PhantomData<fn() -> T>);
        impl<'de, T: WireDe> Visitor<'de> for V<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or null")
            }
            fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
                Ok(T::null())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
                Ok(T::null())
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
                Seed::<T>::new(self.0).deserialize(d).map(Some)
            }
        }
        deserializer.deserialize_option(V(self.0, PhantomData))
    }
}

/// Serializes `value` to a JSON byte vector.
///
/// # Errors
///
/// Only what a [`WireSer`] impl reports (the built-in ones never fail).
pub fn to_vec<T: WireSer + ?Sized>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::with_capacity(128);
    value.ser(&mut serde_json::Serializer::new(&mut out), Format::DEFAULT)?;
    Ok(out)
}

/// Deserializes a `T` from a whole JSON body; trailing data is an error.
///
/// # Errors
///
/// Malformed JSON, trailing characters, or what `T`'s [`WireDe`] reports.
pub fn from_slice<T: WireDe>(body: &[u8]) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = T::de(&mut de, Format::DEFAULT)?;
    de.end()?;
    Ok(value)
}

macro_rules! plain {
    ($($t:ty => $visit:ident),* $(,)?) => {$(
        impl WireSer for $t {
            fn ser<S: Serializer>(&self, serializer: S, _: Format) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(self, serializer)
            }
        }
        impl WireDe for $t {
            fn de<'de, D: Deserializer<'de>>(deserializer: D, _: Format) -> Result<Self, D::Error> {
                <$t as serde::Deserialize>::deserialize(deserializer)
            }
            fn zero() -> Option<Self> {
                Some(<$t>::default())
            }
        }
    )*};
}

plain! {
    bool => bool, i8 => i8, i16 => i16, i32 => i32, i64 => i64,
    u8 => u8, u16 => u16, u32 => u32, u64 => u64, String => string,
}

impl WireSer for str {
    fn ser<S: Serializer>(&self, serializer: S, _: Format) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

impl WireSer for Document {
    fn ser<S: Serializer>(&self, serializer: S, _: Format) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(self, serializer)
    }
}

impl WireDe for Document {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, _: Format) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer)
    }
    fn zero() -> Option<Self> {
        Some(Document::Null)
    }
    fn null() -> Option<Self> {
        Some(Document::Null)
    }
}

macro_rules! float {
    ($($t:ty),*) => {$(
        impl WireSer for $t {
            fn ser<S: Serializer>(&self, serializer: S, _: Format) -> Result<S::Ok, S::Error> {
                if self.is_nan() {
                    serializer.serialize_str("NaN")
                } else if self.is_infinite() {
                    serializer.serialize_str(if *self > 0.0 { "Infinity" } else { "-Infinity" })
                } else {
                    serde::Serialize::serialize(self, serializer)
                }
            }
        }
        impl WireDe for $t {
            fn de<'de, D: Deserializer<'de>>(deserializer: D, _: Format) -> Result<Self, D::Error> {
                Ok(deserializer.deserialize_any(FloatVisitor)? as $t)
            }
            fn zero() -> Option<Self> {
                Some(0.0)
            }
        }
    )*};
}

float!(f32, f64);

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, or \"NaN\", \"Infinity\" or \"-Infinity\"")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        match v {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
}

/// Binary data (Smithy's `blob`), base64 on the wire.
///
/// ```
/// use awsop::wire::Blob;
/// let b = Blob::from(&b"hi"[..]);
/// assert_eq!(awsop::wire::to_vec(&b).unwrap(), b"\"aGk=\"");
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Blob(Vec<u8>);

impl Blob {
    /// Wraps bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    /// The bytes, owned.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob(v)
    }
}

impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Self {
        Blob(v.to_vec())
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Zeroize for Blob {
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}

impl SecretEq for Blob {
    fn secret_eq(&self, other: &Self) -> bool {
        self.0.secret_eq(&other.0)
    }
}

impl WireSer for Blob {
    fn ser<S: Serializer>(&self, serializer: S, _: Format) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl WireDe for Blob {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, _: Format) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Blob;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a base64 string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Blob, E> {
                base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .map(Blob)
                    .map_err(|_| E::custom("invalid base64 in a blob member"))
            }
        }
        deserializer.deserialize_str(V)
    }
    fn zero() -> Option<Self> {
        Some(Blob::default())
    }
}

impl WireSer for DateTime {
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
        match format.timestamp {
            TimestampFormat::EpochSeconds if self.subsec_nanos() == 0 => {
                serializer.serialize_i64(self.secs())
            }
            TimestampFormat::EpochSeconds => {
                // Milliseconds, as AWS SDKs send them.
                let millis = self.subsec_nanos() / 1_000_000;
                serializer.serialize_f64(self.secs() as f64 + f64::from(millis) / 1000.0)
            }
            TimestampFormat::DateTime => serializer.serialize_str(&self.fmt_date_time()),
            TimestampFormat::HttpDate => serializer.serialize_str(&self.fmt_http_date()),
        }
    }
}

impl WireDe for DateTime {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
        struct V(TimestampFormat);
        impl Visitor<'_> for V {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    TimestampFormat::EpochSeconds => f.write_str("epoch seconds"),
                    TimestampFormat::DateTime => f.write_str("a date-time string"),
                    TimestampFormat::HttpDate => f.write_str("an http-date string"),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime, E> {
                DateTime::from_secs_f64(v).ok_or_else(|| E::custom("timestamp out of range"))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
                self.visit_f64(v as f64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
                self.visit_f64(v as f64)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                // Be liberal in what we accept: any of the three formats.
                DateTime::parse_date_time(v)
                    .or_else(|_| DateTime::parse_http_date(v))
                    .or_else(|_| DateTime::parse_epoch_seconds(v))
                    .map_err(E::custom)
            }
        }
        deserializer.deserialize_any(V(format.timestamp))
    }
    fn zero() -> Option<Self> {
        Some(DateTime::from_secs(0))
    }
}

impl<T: WireSer> WireSer for Option<T> {
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
        match self {
            Some(v) => v.ser(serializer, format),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: WireDe> WireDe for Option<T> {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
        struct V<T>(Format, PhantomData<T>);
        impl<'de, T: WireDe> Visitor<'de> for V<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or null")
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                T::de(d, self.0).map(Some)
            }
        }
        deserializer.deserialize_option(V(format, PhantomData))
    }
    fn zero() -> Option<Self> {
        Some(None)
    }
    fn null() -> Option<Self> {
        Some(None)
    }
}

impl<T: WireSer + ?Sized> WireSer for Box<T> {
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
        (**self).ser(serializer, format)
    }
}

impl<T: WireDe> WireDe for Box<T> {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
        T::de(deserializer, format).map(Box::new)
    }
}

impl<T: WireSer + Zeroize> WireSer for Sensitive<T> {
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
        self.expose().ser(serializer, format)
    }
}

impl<T: WireDe + Zeroize> WireDe for Sensitive<T> {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
        T::de(deserializer, format)
            .map(Sensitive::new)
            .map_err(|_| de::Error::custom(SENSITIVE_DECODE_ERROR))
    }
    fn zero() -> Option<Self> {
        T::zero().map(Sensitive::new)
    }
    fn null() -> Option<Self> {
        T::null().map(Sensitive::new)
    }
}

impl<T: WireSer> WireSer for Vec<T> {
    fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for v in self {
            seq.serialize_element(&Ser(v, format))?;
        }
        seq.end()
    }
}

impl<T: WireDe> WireDe for Vec<T> {
    fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
        struct V<T>(Format, PhantomData<T>);
        impl<'de, T: WireDe> Visitor<'de> for V<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // Never trust a size hint from the peer for allocation.
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(v) = seq.next_element_seed(EntrySeed::<T>(self.0, PhantomData))? {
                    // A `null` in a dense list is skipped.
                    out.extend(v);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_seq(V(format, PhantomData))
    }
    fn zero() -> Option<Self> {
        Some(Vec::new())
    }
}

macro_rules! map {
    ($($m:ident),*) => {$(
        impl<T: WireSer> WireSer for $m<String, T> {
            fn ser<S: Serializer>(&self, serializer: S, format: Format) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.len()))?;
                for (k, v) in self {
                    map.serialize_entry(k, &Ser(v, format))?;
                }
                map.end()
            }
        }
        impl<T: WireDe> WireDe for $m<String, T> {
            fn de<'de, D: Deserializer<'de>>(deserializer: D, format: Format) -> Result<Self, D::Error> {
                struct V<T>(Format, PhantomData<T>);
                impl<'de, T: WireDe> Visitor<'de> for V<T> {
                    type Value = $m<String, T>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a map")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                        let mut out = $m::new();
                        while let Some(k) = map.next_key::<String>()? {
                            // A `null` in a dense map is skipped.
                            if let Some(v) = map.next_value_seed(EntrySeed::<T>(self.0, PhantomData))? {
                                out.insert(k, v);
                            }
                        }
                        Ok(out)
                    }
                }
                deserializer.deserialize_map(V(format, PhantomData))
            }
            fn zero() -> Option<Self> {
                Some($m::new())
            }
        }
    )*};
}

map!(HashMap, BTreeMap);

/// A member name read from the wire, borrowed from the body when it can be.
///
/// Generated deserializers match on it; it exists so that reading a key
/// allocates only when the key has escapes.
#[derive(Debug)]
pub enum Key<'de> {
    /// Borrowed from the input.
    Borrowed(&'de str),
    /// Unescaped into a new string.
    Owned(String),
}

impl Key<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        deserializer.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: WireSer>(v: &T, format: Format) -> String {
        let mut out = Vec::new();
        v.ser(&mut serde_json::Serializer::new(&mut out), format)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    fn read<T: WireDe>(s: &str, format: Format) -> Result<T, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(s);
        T::de(&mut de, format)
    }

    #[test]
    fn floats_that_are_not_finite_are_strings() {
        assert_eq!(json(&f64::NAN, Format::DEFAULT), "\"NaN\"");
        assert_eq!(json(&f32::INFINITY, Format::DEFAULT), "\"Infinity\"");
        assert_eq!(json(&f64::NEG_INFINITY, Format::DEFAULT), "\"-Infinity\"");
        assert_eq!(json(&1.5f64, Format::DEFAULT), "1.5");
        assert!(read::<f64>("\"NaN\"", Format::DEFAULT).unwrap().is_nan());
        assert_eq!(
            read::<f64>("\"-Infinity\"", Format::DEFAULT).unwrap(),
            f64::NEG_INFINITY
        );
        assert_eq!(read::<f32>("3", Format::DEFAULT).unwrap(), 3.0);
        assert!(read::<f64>("\"nan\"", Format::DEFAULT).is_err());
    }

    #[test]
    fn blobs_are_base64() {
        let b = Blob::new(vec![0u8, 255, 10]);
        assert_eq!(json(&b, Format::DEFAULT), "\"AP8K\"");
        assert_eq!(read::<Blob>("\"AP8K\"", Format::DEFAULT).unwrap(), b);
        let err = read::<Blob>("\"not base64!\"", Format::DEFAULT).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid base64 in a blob member"),
            "{err}"
        );
        assert_eq!(format!("{b:?}"), "Blob(3 bytes)");
    }

    #[test]
    fn timestamps_in_each_format() {
        let t = DateTime::from_secs(1_440_938_160);
        let ms = DateTime::from_secs_and_nanos(1_440_938_160, 500_000_000);
        let dt = Format::DEFAULT.with_timestamp(TimestampFormat::DateTime);
        let http = Format::DEFAULT.with_timestamp(TimestampFormat::HttpDate);
        assert_eq!(json(&t, Format::DEFAULT), "1440938160");
        assert_eq!(json(&ms, Format::DEFAULT), "1440938160.5");
        assert_eq!(json(&t, dt), "\"2015-08-30T12:36:00Z\"");
        assert_eq!(json(&t, http), "\"Sun, 30 Aug 2015 12:36:00 GMT\"");
        assert_eq!(
            read::<DateTime>("1440938160.5", Format::DEFAULT).unwrap(),
            ms
        );
        assert_eq!(read::<DateTime>("\"2015-08-30T12:36:00Z\"", dt).unwrap(), t);
        assert_eq!(
            read::<DateTime>("\"Sun, 30 Aug 2015 12:36:00 GMT\"", http).unwrap(),
            t
        );
        // The member format reaches list elements.
        assert_eq!(json(&vec![t], dt), "[\"2015-08-30T12:36:00Z\"]");
        assert!(read::<DateTime>("\"soon\"", dt).is_err());
        assert!(read::<DateTime>("1e300", Format::DEFAULT).is_err());
    }

    #[test]
    fn options_collections_and_documents() {
        assert_eq!(
            read::<Option<String>>("null", Format::DEFAULT).unwrap(),
            None
        );
        let m: HashMap<String, Vec<i32>> = read("{\"a\":[1,2]}", Format::DEFAULT).unwrap();
        assert_eq!(m["a"], vec![1, 2]);
        let mut b = BTreeMap::new();
        b.insert("k".to_owned(), Some(true));
        assert_eq!(json(&b, Format::DEFAULT), "{\"k\":true}");
        let d: Document = read("{\"x\":[1,{\"y\":null}]}", Format::DEFAULT).unwrap();
        assert_eq!(json(&d, Format::DEFAULT), "{\"x\":[1,{\"y\":null}]}");
        assert_eq!(from_slice::<Vec<u8>>(b"[1, 2] ").unwrap(), vec![1, 2]);
        assert!(from_slice::<Vec<u8>>(b"[1] x").is_err());
        assert!(from_slice::<u8>(b"300").is_err());
    }

    /// Found by `tests/props.rs`: without serde_json's `float_roundtrip`
    /// its fast float parser is off by one ulp for some values.
    #[test]
    fn doubles_round_trip_exactly() {
        for v in [
            -2.0652193519115997e-136_f64,
            2.2250738585072014e-308,
            1.7976931348623157e308,
        ] {
            let bytes = to_vec(&v).unwrap();
            assert_eq!(
                from_slice::<f64>(&bytes).unwrap().to_bits(),
                v.to_bits(),
                "{v:e}"
            );
        }
    }

    #[test]
    fn sensitive_decode_errors_hide_the_value() {
        let err = read::<Sensitive<i32>>("\"hunter2\"", Format::DEFAULT).unwrap_err();
        assert!(!err.to_string().contains("hunter2"));
        let mut de = serde_json::Deserializer::from_str("\"hunter2\"");
        let err = Seed::<i32>::new(Format::DEFAULT.with_sensitive(true))
            .deserialize(&mut de)
            .unwrap_err();
        assert_eq!(err.to_string(), SENSITIVE_DECODE_ERROR);
        let s: Sensitive<String> = read("\"ok\"", Format::DEFAULT).unwrap();
        assert_eq!(s.expose(), "ok");
    }
}
