//! The wire forms of options, lists, maps and sensitive values.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use zeroize::Zeroize;

use super::{EntrySeed, Format, Ser, WireDe, WireSer};
use crate::sensitive::{SENSITIVE_DECODE_ERROR, Sensitive};

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
