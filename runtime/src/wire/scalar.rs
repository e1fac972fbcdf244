//! The wire forms of scalars: numbers, strings, documents, blobs and
//! timestamps.

use std::fmt;

use base64::Engine as _;
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use zeroize::Zeroize;

use super::{Document, Format, WireDe, WireSer};
use crate::sensitive::{ScrubStrings, Scrubber, SecretEq, VisitSecrets};
use crate::time::{DateTime, TimestampFormat};

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

/// Bytes hold no string to visit: a `Blob` is secret only inside a
/// [`Sensitive`](crate::Sensitive), which wipes it whole.
impl VisitSecrets for Blob {
    fn all_strings(&self, _: &mut dyn FnMut(&str)) {}
}

/// Bytes hold no text to scrub.
impl ScrubStrings for Blob {
    fn scrub_strings(&mut self, _: &Scrubber) {}
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
