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
//! | [`DateTime`](crate::time::DateTime) | epoch seconds (default), or a `date-time` / `http-date` string ([`Format`]) |
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
//!   [`DateTime`](crate::time::DateTime), an empty [`Blob`], `null` for a [`Document`], the
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

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use serde::ser::Serializer;

use crate::sensitive::SENSITIVE_DECODE_ERROR;
use crate::time::TimestampFormat;

mod collections;
mod scalar;
#[cfg(test)]
mod tests;

pub use collections::Key;
pub use scalar::Blob;

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
