//! What the generator writes for the features of a small model, and how it
//! refuses models it cannot serve.

#![allow(clippy::unwrap_used, clippy::panic, reason = "a failing test panics")]

use std::path::Path;

use awsop_codegen::{Crate, Options, generate_from_text};

const MINIMAL: &str = include_str!("models/minimal.json");
const MINIMAL_PAGINATORS: &str = include_str!("models/minimal-paginators.json");

fn options() -> Options {
    Options {
        crate_name: "awsop-minimal".into(),
        origin: "a test model.".into(),
        workspace: true,
    }
}

fn minimal() -> Crate {
    generate_from_text(
        Path::new("minimal.json"),
        MINIMAL,
        Some((Path::new("minimal-paginators.json"), MINIMAL_PAGINATORS)),
        &options(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn file<'a>(krate: &'a Crate, name: &str) -> &'a str {
    &krate
        .files
        .iter()
        .find(|(p, _)| p == Path::new(name))
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

/// The text with all whitespace runs made one space, to match across rustfmt's line breaks.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_has(text: &str, needle: &str) {
    assert!(
        flat(text).contains(&flat(needle)),
        "expected `{needle}` in:\n{text}"
    );
}

#[test]
fn members_types_and_attributes() {
    let k = minimal();
    let ops = file(&k, "src/operations.rs");
    assert_has(
        ops,
        "#[awsop::aws_operation(service = crate::Minimal, target = \"PutThing\", output = PutThingOutput, error = PutThingError)] pub struct PutThing {",
    );
    assert_has(ops, "pub name: String,");
    assert_has(ops, "pub r#type: Option<Kind>,");
    assert_has(
        ops,
        "pub secret: Option<awsop::Sensitive<awsop::wire::Blob>>,",
    );
    assert_has(ops, "pub password: Option<awsop::Sensitive<String>>,");
    assert_has(
        ops,
        "#[aws(timestamp_format = \"date-time\")] pub when: Option<awsop::time::DateTime>,",
    );
    assert_has(ops, "pub body: Option<awsop::wire::Document>,");
    assert_has(
        ops,
        "#[aws(rename = \"ClientURLs\")] pub client_urls: Option<Vec<String>>,",
    );
    assert_has(
        ops,
        "#[aws(sensitive)] pub attributes: Option<std::collections::HashMap<String, String>>,",
    );
    assert_has(ops, "pub count: Option<i64>,");
    assert_has(ops, "pub ratio: Option<f32>,");
    assert_has(ops, "#[aws(http_status)] pub http_status: u16,");
    assert_has(ops, "#[aws(request_id)] pub request_id: Option<String>,");
}

#[test]
fn auth_none_and_empty_response() {
    let ops = file(&minimal(), "src/operations.rs").to_owned();
    assert_has(
        &ops,
        "target = \"Forget\", output = ForgetResponse, error = ForgetError, auth = none",
    );
    assert_has(
        &ops,
        "pub struct ForgetResponse { /// The HTTP status of the response.",
    );
    assert_has(&ops, "pub struct PutThing {");
    assert!(!flat(&ops).contains(
        "target = \"PutThing\", output = PutThingOutput, error = PutThingError, auth = none"
    ));
}

/// Responses (and structures only they hold) are `output`: no setters.
/// `Node` is in `PutThing`'s input as well as its output: users build it.
#[test]
fn responses_are_output_shapes() {
    let k = minimal();
    let ops = file(&k, "src/operations.rs");
    assert_has(
        ops,
        "#[awsop::aws_shape(output)] pub struct PutThingOutput {",
    );
    assert_has(
        ops,
        "#[awsop::aws_shape(output)] pub struct ForgetResponse {",
    );
    assert_has(
        ops,
        "#[awsop::aws_shape(output, eq)] pub struct ListThingsOutput {",
    );
    let shapes = file(&k, "src/shapes.rs");
    assert_has(shapes, "#[awsop::aws_shape(eq)] pub struct Node {");
    assert!(!flat(shapes).contains("aws_shape(output)"), "{shapes}");
}

#[test]
fn errors_deduplicated_with_codes_and_retry() {
    let k = minimal();
    let ops = file(&k, "src/operations.rs");
    assert_eq!(
        flat(ops).matches("BusyException(BusyException),").count(),
        1
    );
    assert_has(
        ops,
        "#[aws(code = \"IDPException\")] IdpException(IdpException),",
    );
    assert_has(
        ops,
        "#[aws(other)] Unhandled(awsop::error::UnhandledError),",
    );
    let errors = file(&k, "src/errors.rs");
    assert_has(
        errors,
        "#[awsop::aws_exception(retryable)] pub struct BusyException {",
    );
    assert_has(
        errors,
        "#[awsop::aws_exception(throttling)] pub struct SlowDownException {",
    );
    assert_has(
        errors,
        "#[awsop::aws_exception] pub struct IdpException { /// The `message` member. pub message: Option<String>,",
    );
}

#[test]
fn recursion_unions_and_enums() {
    let k = minimal();
    let shapes = file(&k, "src/shapes.rs");
    assert_has(shapes, "pub parent: Option<Box<Node>>,");
    assert_has(shapes, "pub children: Option<Vec<Node>>,");
    // A map inside the structure it holds is a `HashMap` like any other:
    // the macros give such a structure `Eq` without `Hash`.
    assert_has(
        shapes,
        "pub by_name: Option<std::collections::HashMap<String, Node>>,",
    );
    assert_has(shapes, "A union: set exactly one member.");
    assert_has(shapes, "pub s: Option<String>,");
    let enums = file(&k, "src/enums.rs");
    assert_has(enums, "#[aws(value = \"UNKNOWN\")] UnknownValue,");
    assert_has(enums, "#[aws(value = \"V1_0\")] V1_0,");
    assert_has(enums, "#[aws(value = \"V10\")] V10,");
    assert_has(enums, "#[aws(other)] Unknown(String),");
}

#[test]
fn paginators() {
    let k = minimal();
    assert_eq!(k.summary.paginators, 1);
    let ops = file(&k, "src/operations.rs");
    assert_has(
        ops,
        "pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {",
    );
    assert_has(
        ops,
        "|op, token| op.next_token = Some(token), |out| awsop::paginate::string_token(&out.next_token),",
    );
    assert_has(
        ops,
        "-> awsop::paginate::Items<Self, String, String> { self.paginate(client)",
    );
    assert_has(ops, ".items(|out| out.things.unwrap_or_default())");
}

#[test]
fn docs_are_markdown() {
    let k = minimal();
    assert_has(file(&k, "src/lib.rs"), "//! A **small** service for tests.");
    assert_has(
        file(&k, "src/operations.rs"),
        "/// Puts a thing. See [the guide](https://example.test/x).",
    );
}

#[test]
fn output_is_rustfmt_stable() {
    for (_, text) in minimal()
        .files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
    {
        assert_eq!(&awsop_codegen::rustfmt(text).unwrap(), text);
    }
}

fn refused(model: &str, paginators: Option<&str>) -> String {
    match generate_from_text(
        Path::new("bad/service-2.json"),
        model,
        paginators.map(|p| (Path::new("bad/paginators-1.json"), p)),
        &options(),
    ) {
        Ok(_) => panic!("the model was accepted"),
        Err(e) => e.to_string(),
    }
}

fn with_protocol(protocol: &str) -> String {
    MINIMAL.replace(
        "\"protocol\": \"json\",\n    \"protocols\": [\"json\"],",
        &format!("\"protocol\": \"{protocol}\","),
    )
}

#[test]
fn other_protocols_are_refused() {
    for (botocore, smithy) in [
        ("rest-json", "restJson1"),
        ("rest-xml", "restXml"),
        ("query", "awsQuery"),
        ("ec2", "ec2Query"),
    ] {
        let e = refused(&with_protocol(botocore), None);
        assert_eq!(
            e,
            format!(
                "bad/service-2.json: metadata.protocol: unsupported protocol (`{smithy}`): awsop generates only awsJson 1.0 and 1.1 services (`protocol: \"json\"`)"
            )
        );
    }
}

#[test]
fn dangling_references_are_refused() {
    let e = refused(
        &MINIMAL.replace(
            "\"Ratio\": {\"shape\": \"Float\"}",
            "\"Ratio\": {\"shape\": \"Nope\"}",
        ),
        None,
    );
    assert_eq!(
        e,
        "bad/service-2.json: shape `PutThingInput` member `Ratio`: refers to shape `Nope`, which the model does not define"
    );
    let e = refused(
        &MINIMAL.replace(
            "{\"shape\": \"SlowDownException\"}",
            "{\"shape\": \"GoneException\"}",
        ),
        None,
    );
    assert_eq!(
        e,
        "bad/service-2.json: operation `PutThing` errors: refers to shape `GoneException`, which the model does not define"
    );
    let e = refused(
        &MINIMAL.replace(
            "\"member\": {\"shape\": \"Node\"}",
            "\"member\": {\"shape\": \"Leaf\"}",
        ),
        None,
    );
    assert_eq!(
        e,
        "bad/service-2.json: shape `NodeList`: refers to shape `Leaf`, which the model does not define"
    );
}

#[test]
fn malformed_files_are_refused() {
    let e = refused("{\"metadata\": ", None);
    assert!(
        e.starts_with("bad/service-2.json: malformed JSON: EOF while parsing"),
        "{e}"
    );
    let e = refused("[1, 2]", None);
    assert_eq!(
        e,
        "bad/service-2.json: no `metadata` object: this is not a botocore service-2.json"
    );
    let e = refused(
        &MINIMAL.replace("\"type\": \"timestamp\"", "\"type\": \"instant\""),
        None,
    );
    assert_eq!(
        e,
        "bad/service-2.json: shape `Stamp`: unknown shape type `instant`"
    );
    let e = refused(&MINIMAL.replace("\"jsonVersion\": \"1.0\",", ""), None);
    assert_eq!(
        e,
        "bad/service-2.json: metadata.jsonVersion: expected \"1.0\" or \"1.1\", found None"
    );
    let e = refused(
        MINIMAL,
        Some("{\"pagination\": {\"Nope\": {\"input_token\": \"A\", \"output_token\": \"B\"}}}"),
    );
    assert_eq!(
        e,
        "bad/paginators-1.json: paginator `Nope`: names an operation the model does not have"
    );
    let e = refused(MINIMAL, Some("{\"pagination\": "));
    assert!(
        e.starts_with("bad/paginators-1.json: malformed JSON"),
        "{e}"
    );
}

#[test]
fn a_refused_model_writes_nothing_and_a_good_one_replaces_the_crate() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("codegen-write");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("service-2.json");
    std::fs::write(&bad, with_protocol("rest-json")).unwrap();
    let out = dir.join("crate");
    let e = awsop_codegen::generate(&bad, None, &options()).unwrap_err();
    assert_eq!(e.file, bad);
    assert!(!out.exists());
    std::fs::create_dir_all(out.join("src")).unwrap();
    std::fs::write(out.join("src/stale.rs"), "").unwrap();
    awsop_codegen::write_crate(&minimal(), &out).unwrap();
    assert!(out.join("src/lib.rs").exists());
    assert!(!out.join("src/stale.rs").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A model of structures that do and do not allow `Eq` and `Hash`.
const EQ_MODEL: &str = r#"{
  "version": "2.0",
  "metadata": {
    "apiVersion": "2024-01-01", "endpointPrefix": "eq", "jsonVersion": "1.0",
    "protocol": "json", "protocols": ["json"], "serviceId": "Eq",
    "signatureVersion": "v4", "targetPrefix": "Eq_20240101"
  },
  "operations": {
    "Get": {
      "name": "Get", "http": {"method": "POST", "requestUri": "/"},
      "input": {"shape": "GetInput"}, "output": {"shape": "GetOutput"}
    },
    "Put": {
      "name": "Put", "http": {"method": "POST", "requestUri": "/"},
      "input": {"shape": "PutInput"}
    }
  },
  "shapes": {
    "GetInput": {"type": "structure", "members": {}},
    "GetOutput": {"type": "structure", "members": {
      "Plain": {"shape": "Plain"}, "HoldsFloaty": {"shape": "HoldsFloaty"},
      "HoldsMapped": {"shape": "HoldsMapped"}, "Tree": {"shape": "Tree"},
      "Left": {"shape": "Left"}, "Plains": {"shape": "PlainList"}
    }},
    "PutInput": {"type": "structure", "members": {"Plain": {"shape": "Plain"}}},
    "Plain": {"type": "structure", "members": {
      "S": {"shape": "Str"}, "N": {"shape": "Int"}, "C": {"shape": "Color"},
      "D": {"shape": "Doc"}, "T": {"shape": "Time"}
    }},
    "Floaty": {"type": "structure", "members": {"D": {"shape": "Dbl"}}},
    "HoldsFloaty": {"type": "structure", "members": {"F": {"shape": "FloatyList"}}},
    "Mapped": {"type": "structure", "members": {"M": {"shape": "StrMap"}, "P": {"shape": "Plain"}}},
    "HoldsMapped": {"type": "structure", "members": {"M": {"shape": "Mapped"}}},
    "Tree": {"type": "structure", "members": {"Children": {"shape": "TreeMap"}}},
    "Left": {"type": "structure", "members": {"Right": {"shape": "Right"}}},
    "Right": {"type": "structure", "members": {"Left": {"shape": "Left"}}},
    "PlainList": {"type": "list", "member": {"shape": "Plain"}},
    "FloatyList": {"type": "list", "member": {"shape": "Floaty"}},
    "StrMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Str"}},
    "TreeMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Tree"}},
    "Str": {"type": "string"},
    "Int": {"type": "integer"},
    "Dbl": {"type": "double"},
    "Time": {"type": "timestamp"},
    "Doc": {"type": "structure", "members": {}, "document": true},
    "Color": {"type": "string", "enum": ["RED", "BLUE"]}
  }
}"#;

/// The `#[awsop::aws_shape...]` arguments of the struct `name`.
fn shape_args(text: &str, name: &str) -> String {
    let flat = flat(text);
    let at = flat
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("no struct {name} in:\n{text}"));
    let attr = flat[..at]
        .rfind("#[awsop::aws_shape")
        .unwrap_or_else(|| panic!("no aws_shape before {name}"));
    let args = &flat[attr + "#[awsop::aws_shape".len()..at];
    args[..args.find(']').unwrap()].to_owned()
}

#[test]
fn eq_where_every_reachable_type_allows_it() {
    let k = generate_from_text(Path::new("eq.json"), EQ_MODEL, None, &options())
        .unwrap_or_else(|e| panic!("{e}"));
    let all = format!(
        "{}\n{}",
        file(&k, "src/shapes.rs"),
        file(&k, "src/operations.rs")
    );
    let eq = |name: &str| shape_args(&all, name).contains("eq");
    // Strings, integers, enums, documents, timestamps; a map directly in
    // the structure (the macro takes `Hash` away); itself through a map;
    // two structures that hold each other; a list of an `eq` structure.
    for yes in ["Plain", "Mapped", "Tree", "Left", "Right"] {
        assert!(eq(yes), "{yes} gets `eq`: {}", shape_args(&all, yes));
    }
    // A double, directly or in a structure it holds (however deep); a
    // structure that holds one without `Hash` (a map in it).
    for no in ["Floaty", "HoldsFloaty", "HoldsMapped", "GetOutput"] {
        assert!(!eq(no), "{no} gets no `eq`: {}", shape_args(&all, no));
    }
    assert_eq!(shape_args(&all, "Plain"), "(eq)");
    assert_eq!(shape_args(&all, "Floaty"), "(output)");
}
