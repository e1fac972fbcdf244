//! Smithy's client error correction (issue 10, item 19): a 2xx body that
//! lacks a required member, or has `null` for it, gives the member's zero
//! value instead of failing the whole response, and `null` entries of dense
//! lists and maps are skipped. What is filled and what is skipped is listed
//! in the module docs of `awsop::wire`.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::collections::{BTreeMap, HashMap};

use awsop::time::DateTime;
use awsop::wire::{Blob, Document, from_slice};
use awsop::{Sensitive, aws_enum, aws_shape};

/// An enum.
#[aws_enum]
pub enum Size {
    /// Small.
    #[aws(value = "SMALL")]
    Small,
    /// Anything else.
    #[aws(other)]
    Unknown(String),
}

/// A structure with required members of its own.
#[aws_shape]
pub struct Inner {
    /// Required.
    pub id: String,
    /// Required.
    pub count: i32,
    /// Optional.
    pub note: Option<String>,
}

/// Every type, required.
#[aws_shape]
pub struct AllRequired {
    /// String.
    pub s: String,
    /// Bool.
    pub b: bool,
    /// i8.
    pub byte: i8,
    /// i16.
    pub short: i16,
    /// i32.
    pub int: i32,
    /// i64.
    pub long: i64,
    /// f32.
    pub float: f32,
    /// f64.
    pub double: f64,
    /// Blob.
    pub blob: Blob,
    /// Timestamp.
    pub time: DateTime,
    /// Timestamp in another format.
    #[aws(timestamp_format = "date-time")]
    pub iso: DateTime,
    /// List.
    pub list: Vec<String>,
    /// Map.
    pub map: HashMap<String, i32>,
    /// Sorted map.
    pub sorted: BTreeMap<String, bool>,
    /// Document.
    pub doc: Document,
    /// Enum.
    pub size: Size,
    /// Sensitive.
    pub secret: Sensitive<String>,
    /// Structure.
    pub inner: Inner,
    /// Optional, for contrast.
    pub opt: Option<String>,
}

/// A required recursive member: no zero value.
#[aws_shape]
pub struct Chain {
    /// Required and boxed.
    pub next: Box<Inner>,
}

/// Dense and sparse collections.
#[aws_shape]
pub struct Collections {
    /// Dense list.
    pub dense: Option<Vec<i32>>,
    /// Sparse list.
    pub sparse: Option<Vec<Option<i32>>>,
    /// Dense map.
    pub dense_map: Option<HashMap<String, String>>,
    /// Sparse map.
    pub sparse_map: Option<BTreeMap<String, Option<String>>>,
    /// Documents keep their `null`s.
    pub docs: Option<Vec<Document>>,
    /// Nested dense lists.
    pub nested: Option<Vec<Vec<Inner>>>,
}

fn assert_all_zero(v: &AllRequired, case: &str) {
    assert_eq!(v.s, "", "{case}");
    assert!(!v.b, "{case}");
    assert_eq!((v.byte, v.short, v.int, v.long), (0, 0, 0, 0), "{case}");
    assert_eq!((v.float, v.double), (0.0, 0.0), "{case}");
    assert_eq!(v.blob, Blob::default(), "{case}");
    assert_eq!(v.time, DateTime::from_secs(0), "{case}");
    assert_eq!(v.iso, DateTime::from_secs(0), "{case}");
    assert!(
        v.list.is_empty() && v.map.is_empty() && v.sorted.is_empty(),
        "{case}"
    );
    assert_eq!(v.doc, Document::Null, "{case}");
    assert_eq!(v.size, Size::Unknown(String::new()), "{case}");
    assert_eq!(v.secret.expose(), "", "{case}");
    assert_eq!(v.inner, Inner::new("", 0), "{case}");
    assert_eq!(v.opt, None, "{case}");
}

#[test]
fn missing_required_members_are_zero() {
    assert_all_zero(&from_slice::<AllRequired>(b"{}").unwrap(), "missing");
}

#[test]
fn null_required_members_are_zero() {
    let body = br#"{"S":null,"B":null,"Byte":null,"Short":null,"Int":null,"Long":null,
        "Float":null,"Double":null,"Blob":null,"Time":null,"Iso":null,"List":null,"Map":null,
        "Sorted":null,"Doc":null,"Size":null,"Secret":null,"Inner":null,"Opt":null}"#;
    assert_all_zero(&from_slice::<AllRequired>(body).unwrap(), "null");
}

#[test]
fn a_required_structure_gets_its_own_zero_members() {
    let v = from_slice::<AllRequired>(br#"{"Inner":{"Note":"n"},"S":"s"}"#).unwrap();
    assert_eq!(v.s, "s");
    assert_eq!((v.inner.id.as_str(), v.inner.count), ("", 0));
    assert_eq!(v.inner.note.as_deref(), Some("n"));
}

#[test]
fn present_members_still_fail_on_a_wrong_type() {
    let err = from_slice::<AllRequired>(br#"{"Int":"seven"}"#).unwrap_err();
    assert!(err.to_string().starts_with("invalid type: string"), "{err}");
}

#[test]
fn a_required_boxed_member_has_no_zero_value() {
    for body in [&b"{}"[..], br#"{"Next":null}"#] {
        let err = from_slice::<Chain>(body).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("missing required member `Next`"),
            "{err}"
        );
    }
    let c = from_slice::<Chain>(br#"{"Next":{}}"#).unwrap();
    assert_eq!(*c.next, Inner::new("", 0));
}

#[test]
fn nulls_in_dense_collections_are_skipped() {
    let body = br#"{
        "Dense":[null,1,null,2,null],
        "Sparse":[null,1,null],
        "DenseMap":{"a":null,"b":"x"},
        "SparseMap":{"a":null,"b":"x"},
        "Docs":[null,1],
        "Nested":[null,[null,{"Id":"i"}]]
    }"#;
    let c = from_slice::<Collections>(body).unwrap();
    assert_eq!(c.dense, Some(vec![1, 2]));
    assert_eq!(c.sparse, Some(vec![None, Some(1), None]));
    assert_eq!(
        c.dense_map,
        Some([("b".to_owned(), "x".to_owned())].into_iter().collect())
    );
    assert_eq!(
        c.sparse_map,
        Some(
            [
                ("a".to_owned(), None),
                ("b".to_owned(), Some("x".to_owned()))
            ]
            .into_iter()
            .collect()
        )
    );
    assert_eq!(c.docs, Some(vec![Document::Null, Document::from(1)]));
    assert_eq!(c.nested, Some(vec![vec![Inner::new("i", 0)]]));
}
