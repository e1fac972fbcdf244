//! Every member type of an awsJson shape round-trips; required members,
//! `new` + setters, `Default`, value semantics, sensitive shapes, the
//! `crate = path` override, and output shapes (no setters: built by literal).

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use awsop::sensitive::VisitSecrets;
use awsop::time::DateTime;
use awsop::wire::{Blob, Document, from_slice, to_vec};
use awsop::{Sensitive, aws_enum, aws_shape};

/// A wire enum.
#[aws_enum]
pub enum Color {
    /// Red.
    #[aws(value = "RED")]
    Red,
    /// Anything else.
    #[aws(other)]
    Other(String),
}

/// A recursive shape: a tree.
#[aws_shape]
pub struct Node {
    /// The name (required).
    pub name: String,
    /// The children.
    pub children: Option<Vec<Node>>,
    /// The parent, boxed.
    pub parent: Option<Box<Node>>,
}

/// Every member type.
#[aws_shape]
pub struct Everything {
    /// String.
    pub s: Option<String>,
    /// Bool.
    pub b: Option<bool>,
    /// Integers.
    pub i8_: Option<i8>,
    /// i16.
    pub i16_: Option<i16>,
    /// i32.
    pub i32_: Option<i32>,
    /// i64.
    pub i64_: Option<i64>,
    /// f32.
    pub f32_: Option<f32>,
    /// f64.
    pub f64_: Option<f64>,
    /// A blob.
    pub blob: Option<Blob>,
    /// Epoch seconds (default).
    pub epoch: Option<DateTime>,
    /// RFC 3339.
    #[aws(timestamp_format = "date-time")]
    pub date_time: Option<DateTime>,
    /// IMF-fixdate.
    #[aws(timestamp_format = "http-date")]
    pub http_date: Option<DateTime>,
    /// A list.
    pub list: Option<Vec<i32>>,
    /// A map.
    pub map: Option<HashMap<String, Vec<String>>>,
    /// A sorted map.
    pub sorted: Option<BTreeMap<String, bool>>,
    /// A document.
    pub doc: Option<Document>,
    /// A nested shape.
    pub node: Option<Node>,
    /// An enum.
    pub color: Option<Color>,
    /// A secret.
    pub secret: Option<Sensitive<String>>,
    /// Renamed.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<Color>>,
}

/// A shape with a required member and no floats.
#[aws_shape]
pub struct Attribute {
    /// Required.
    pub name: String,
    /// Optional.
    pub value: Option<String>,
    /// Sensitive as a member.
    #[aws(sensitive)]
    pub password: Option<String>,
}

/// A shape sensitive as a whole.
#[aws_shape(sensitive)]
pub struct UserContextDataType {
    /// The IP.
    pub ip_address: Option<String>,
    /// The data.
    pub encoded_data: Option<String>,
}

fn json(bytes: &[u8]) -> Document {
    from_slice(bytes).unwrap()
}

fn hash<T: Hash>(v: &T) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

#[test]
fn every_member_type_round_trips() {
    let t = DateTime::from_secs(1_440_938_160);
    let mut map = HashMap::new();
    map.insert("k".to_owned(), vec!["v".to_owned()]);
    let body = br#"{
        "S":"x","B":true,"I8":-8,"I16":16,"I32":32,"I64":-64,"F32":1.5,"F64":"NaN",
        "Blob":"aGk=","Epoch":1440938160,"DateTime":"2015-08-30T12:36:00Z",
        "HttpDate":"Sun, 30 Aug 2015 12:36:00 GMT","List":[1,2],"Map":{"k":["v"]},
        "Sorted":{"a":false},"Doc":{"any":[1,null,"x"]},
        "Node":{"Name":"root","Children":[{"Name":"leaf"}],"Parent":{"Name":"up"}},
        "Color":"BLUE","Secret":"hunter2","MFAOptions":["RED"],"Ignored":{"deep":[1]}
    }"#;
    let e: Everything = from_slice(body).unwrap();
    assert_eq!(e.s.as_deref(), Some("x"));
    assert_eq!(e.b, Some(true));
    assert_eq!(
        (e.i8_, e.i16_, e.i32_, e.i64_),
        (Some(-8), Some(16), Some(32), Some(-64))
    );
    assert_eq!(e.f32_, Some(1.5));
    assert!(e.f64_.unwrap().is_nan());
    assert_eq!(e.blob.as_ref().unwrap().as_bytes(), b"hi");
    assert_eq!(
        (e.epoch, e.date_time, e.http_date),
        (Some(t), Some(t), Some(t))
    );
    assert_eq!(e.list, Some(vec![1, 2]));
    assert_eq!(e.map, Some(map));
    assert_eq!(
        e.node.as_ref().unwrap().children.as_ref().unwrap()[0].name,
        "leaf"
    );
    assert_eq!(e.node.as_ref().unwrap().parent.as_ref().unwrap().name, "up");
    assert_eq!(e.color, Some(Color::Other("BLUE".into())));
    assert_eq!(e.secret.as_ref().unwrap().expose(), "hunter2");
    assert_eq!(e.mfa_options, Some(vec![Color::Red]));
    // Written back, each member keeps its format; what was ignored is gone.
    let back = json(&to_vec(&e).unwrap());
    let mut expected = json(body);
    if let Document::Object(o) = &mut expected {
        o.remove("Ignored");
    }
    assert_eq!(back, expected);
    // Infinity both ways, and a shape with a float is not Eq yet compares.
    let inf = Everything::new()
        .f64_(f64::INFINITY)
        .f32_(f32::NEG_INFINITY);
    assert_eq!(
        to_vec(&inf).unwrap(),
        br#"{"F32":"-Infinity","F64":"Infinity"}"#
    );
    assert_eq!(
        from_slice::<Everything>(&to_vec(&inf).unwrap()).unwrap(),
        inf
    );
    assert_ne!(e, e.clone(), "NaN is not equal to itself");
}

#[test]
fn required_members_are_checked() {
    // A missing required member is its zero value (Smithy's client error
    // correction; every case is in `tests/error_correction.rs`).
    let a = from_slice::<Attribute>(br#"{"Value":"v"}"#).unwrap();
    assert_eq!((a.name.as_str(), a.value.as_deref()), ("", Some("v")));
    let a = Attribute::new("email").value("a@example.com");
    assert_eq!(a.name, "email");
    assert_eq!(
        to_vec(&a).unwrap(),
        br#"{"Name":"email","Value":"a@example.com"}"#
    );
    let node = Node::new("n").children(vec![Node::new("c")]);
    assert_eq!(
        to_vec(&node).unwrap(),
        br#"{"Name":"n","Children":[{"Name":"c"}]}"#
    );
}

#[test]
fn value_semantics() {
    let a = Attribute::new("email").value("v").password("pw");
    let b = a.clone();
    assert_eq!(a, b);
    assert_eq!(hash(&a), hash(&b));
    let mut set = std::collections::HashSet::new();
    set.insert(a.clone());
    assert!(set.contains(&b));
    assert_ne!(a, Attribute::new("email"));
    assert_eq!(Everything::default(), Everything::new());
}

#[test]
fn sensitive_members_and_shapes_are_redacted() {
    let a = Attribute::new("email").password("pw");
    assert_eq!(
        format!("{a:?}"),
        "Attribute { name: \"email\", value: None, password: Some(<redacted>) }"
    );
    let mut seen = Vec::new();
    a.sensitive_strings(&mut |s| seen.push(s.to_owned()));
    assert_eq!(seen, ["pw"]);
    let ctx = UserContextDataType {
        ip_address: Some("10.0.0.1".into()),
        encoded_data: None,
    };
    assert_eq!(format!("{ctx:?}"), "<redacted>");
    let mut seen = Vec::new();
    ctx.sensitive_strings(&mut |s| seen.push(s.to_owned()));
    assert_eq!(seen, ["10.0.0.1"]);
    // Decode errors inside a sensitive shape never quote the value.
    let err = from_slice::<UserContextDataType>(br#"{"IpAddress":12345678}"#).unwrap_err();
    assert!(!err.to_string().contains("12345678"), "{err}");
}

/// An SDK crate that re-exports awsop under another path.
mod sdk {
    /// The re-export.
    pub(crate) use awsop as runtime;
}

/// Reached through `crate = path`.
#[aws_shape(crate = sdk::runtime)]
pub struct ViaReexport {
    /// A member.
    pub value: Option<i32>,
}

#[test]
fn crate_path_override() {
    assert_eq!(
        to_vec(&ViaReexport::new().value(3)).unwrap(),
        br#"{"Value":3}"#
    );
}

/// A structure only responses hold: no `new`, no setters.
#[aws_shape(output)]
pub struct GetUserResponse {
    /// Required.
    pub username: String,
    /// Optional.
    pub attributes: Option<Vec<Attribute>>,
    /// The status.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// Only optional members: `Default` stays.
#[aws_shape(output)]
pub struct Empty {
    /// Optional.
    pub note: Option<String>,
}

#[test]
fn output_shapes_are_read_and_built_by_literal() {
    use awsop::operation::OperationOutput;

    let mut out: GetUserResponse =
        from_slice(br#"{"Username":"u","Attributes":[{"Name":"a"}]}"#).unwrap();
    out.set_response_meta(200, Some("req-1"));
    let built = GetUserResponse {
        username: "u".into(),
        attributes: Some(vec![Attribute::new("a")]),
        http_status: 200,
        request_id: Some("req-1".into()),
    };
    assert_eq!(out, built.clone());
    assert_eq!(
        to_vec(&built).unwrap(),
        br#"{"Username":"u","Attributes":[{"Name":"a"}]}"#
    );
    let mut empty = Empty::default();
    assert_eq!(format!("{empty:?}"), "Empty { note: None }");
    empty.note = Some("n".into());
    assert_eq!(format!("{empty:?}"), "Empty { note: Some(\"n\") }");
}
