use std::collections::{BTreeMap, HashMap};

use super::*;
use crate::sensitive::Sensitive;
use crate::time::DateTime;

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
