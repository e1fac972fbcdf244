#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
//! Each kind of drift, on a small model and mutated copies of a source that
//! matches it.

use std::process::Command;

use awsop_drift::check_texts;

const MODEL: &str = r#"{
  "metadata": {
    "jsonVersion": "1.1", "protocol": "json", "targetPrefix": "Svc",
    "endpointPrefix": "svc", "serviceId": "Svc"
  },
  "operations": {
    "GetThing": {
      "name": "GetThing",
      "input": {"shape": "GetThingRequest"},
      "output": {"shape": "GetThingResponse"},
      "errors": [{"shape": "NotFoundException"}, {"shape": "ThrottledException"},
                 {"shape": "NotFoundException"}],
      "authtype": "none",
      "auth": ["smithy.api#noAuth"]
    },
    "PutThing": {
      "name": "PutThing",
      "input": {"shape": "PutThingRequest"},
      "output": {"shape": "PutThingResponse"},
      "errors": [{"shape": "NotFoundException"}]
    },
    "DeleteThing": {
      "name": "DeleteThing",
      "input": {"shape": "DeleteThingRequest"},
      "errors": []
    }
  },
  "shapes": {
    "GetThingRequest": {
      "type": "structure",
      "required": ["ThingId"],
      "members": {
        "ThingId": {"shape": "IdType"},
        "Token": {"shape": "TokenType"},
        "MFAOptions": {"shape": "String"},
        "Context": {"shape": "ContextType"}
      }
    },
    "GetThingResponse": {
      "type": "structure",
      "members": {"Thing": {"shape": "ThingType"}, "State": {"shape": "StateType"}}
    },
    "PutThingRequest": {
      "type": "structure", "required": ["Thing"],
      "members": {
        "Thing": {"shape": "ThingType"},
        "ClientToken": {"shape": "String", "idempotencyToken": true}
      }
    },
    "PutThingResponse": {"type": "structure", "members": {}},
    "DeleteThingRequest": {
      "type": "structure", "required": ["ThingId"], "members": {"ThingId": {"shape": "IdType"}}
    },
    "ThingType": {"type": "structure", "members": {"Secrets": {"shape": "SecretListType"}}},
    "SecretListType": {"type": "list", "member": {"shape": "TokenType"}},
    "ContextType": {
      "type": "structure", "sensitive": true,
      "members": {"Ip": {"shape": "String"}, "Key": {"shape": "TokenType"}}
    },
    "StateType": {"type": "string", "enum": ["ON", "OFF"]},
    "IdType": {"type": "string"},
    "TokenType": {"type": "string", "sensitive": true},
    "String": {"type": "string"},
    "NotFoundException": {
      "type": "structure", "members": {"message": {"shape": "String"}}, "exception": true
    },
    "ThrottledException": {
      "type": "structure", "members": {"message": {"shape": "String"}}, "exception": true,
      "retryable": {"throttling": true}
    }
  }
}"#;

const SOURCE: &str = r#"
use awsop::error::UnhandledError;
use awsop::{Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};

#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "Svc",
    endpoint_prefix = "svc",
    signing_name = "svc",
    service_id = "Svc",
)]
pub struct Svc;

#[aws_operation(
    service = Svc,
    target = "GetThing",
    output = GetThingResponse,
    error = GetThingError,
    auth = none,
)]
pub struct GetThing {
    pub thing_id: String,
    pub token: Option<Sensitive<String>>,
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<String>,
    pub context: Option<inner::ContextType>,
}

#[aws_shape]
pub struct GetThingResponse {
    pub thing: Option<ThingType>,
    pub state: Option<StateType>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

#[aws_error]
pub enum GetThingError {
    NotFoundException(NotFoundException),
    ThrottledException(ThrottledException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

#[aws_operation(
    service = Svc,
    target = "Svc.PutThing",
    output = PutThingResponse,
    error = PutThingError,
)]
pub struct PutThing {
    pub thing: ThingType,
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

#[aws_shape]
pub struct PutThingResponse {
    #[aws(http_status)]
    pub http_status: u16,
}

#[aws_error]
pub enum PutThingError {
    #[aws(code = "NotFoundException")]
    NotFound(NotFoundException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

#[aws_operation(
    service = Svc,
    target = "DeleteThing",
    output = DeleteThingResponse,
    error = UnhandledError,
)]
pub struct DeleteThing {
    pub thing_id: String,
}

#[aws_shape]
pub struct DeleteThingResponse {
    #[aws(request_id)]
    pub request_id: Option<String>,
}

#[aws_shape]
pub struct ThingType {
    pub secrets: Option<Vec<Sensitive<String>>>,
}

pub mod inner {
    use super::*;

    #[aws_shape(sensitive)]
    pub struct ContextType {
        pub ip: Option<String>,
        pub key: Option<String>,
    }
}

#[aws_enum]
pub enum StateType {
    #[aws(value = "ON")]
    On,
    #[aws(value = "OFF")]
    Off,
    #[aws(other)]
    Unknown(String),
}

#[aws_exception]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[aws_exception(throttling)]
pub struct ThrottledException {
    pub message: Option<String>,
}
"#;

fn drift(source: &str) -> Vec<String> {
    check_texts(MODEL, &[source])
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// `SOURCE` with each `(from, to)` applied; each `from` must occur once.
fn mutate(edits: &[(&str, &str)]) -> String {
    let mut s = SOURCE.to_owned();
    for (from, to) in edits {
        assert_eq!(
            s.matches(from).count(),
            1,
            "{from:?} is not in the source once"
        );
        s = s.replacen(from, to, 1);
    }
    s
}

#[track_caller]
fn assert_drift(edits: &[(&str, &str)], expected: &[&str]) {
    assert_eq!(drift(&mutate(edits)), expected, "after {edits:?}");
}

#[test]
fn the_matching_source_has_no_drift() {
    assert_eq!(drift(SOURCE), Vec::<String>::new());
}

#[test]
fn a_missing_member() {
    assert_drift(
        &[("    pub token: Option<Sensitive<String>>,\n", "")],
        &["GetThing: the model's GetThingRequest has the member Token, which this struct lacks"],
    );
}

#[test]
fn a_misnamed_member() {
    assert_drift(
        &[("    #[aws(rename = \"MFAOptions\")]\n", "")],
        &[
            "GetThing: field mfa_options is on the wire as MfaOptions, but the model's GetThingRequest calls it MFAOptions: use #[aws(rename = \"MFAOptions\")]",
        ],
    );
    assert_drift(
        &[("rename = \"MFAOptions\"", "rename = \"MfaOpts\"")],
        &[
            "GetThing: field mfa_options (wire name MfaOpts) is not a member of the model's GetThingRequest",
            "GetThing: the model's GetThingRequest has the member MFAOptions, which this struct lacks",
        ],
    );
}

#[test]
fn an_extra_member() {
    assert_drift(
        &[(
            "    pub thing: ThingType,\n",
            "    pub thing: ThingType,\n    pub color: Option<String>,\n",
        )],
        &["PutThing: field color (wire name Color) is not a member of the model's PutThingRequest"],
    );
    assert_drift(
        &[(
            "pub struct DeleteThingResponse {\n",
            "pub struct DeleteThingResponse {\n    pub extra: Option<String>,\n",
        )],
        &[
            "DeleteThingResponse: field extra (wire name Extra) is not a member of the model's DeleteThing output, which is empty",
        ],
    );
}

#[test]
fn required_and_optional_mismatches() {
    assert_drift(
        &[(
            "pub thing_id: String,\n    pub token",
            "pub thing_id: Option<String>,\n    pub token",
        )],
        &[
            "GetThing: member ThingId is required in the model's GetThingRequest, but field thing_id is an Option",
        ],
    );
    assert_drift(
        &[(
            "pub token: Option<Sensitive<String>>",
            "pub token: Sensitive<String>",
        )],
        &[
            "GetThing: member Token is optional in the model's GetThingRequest, but field token is not an Option",
        ],
    );
}

#[test]
fn a_sensitive_member_not_marked() {
    assert_drift(
        &[(
            "pub token: Option<Sensitive<String>>",
            "pub token: Option<String>",
        )],
        &[
            "GetThing: member Token is sensitive in the model (TokenType), but field token is not: use Sensitive<...> or #[aws(sensitive)]",
        ],
    );
    // #[aws(sensitive)] marks it too.
    assert_drift(
        &[(
            "    pub token: Option<Sensitive<String>>",
            "    #[aws(sensitive)]\n    pub token: Option<String>",
        )],
        &[],
    );
    // A list of a sensitive shape.
    assert_drift(
        &[("Option<Vec<Sensitive<String>>>", "Option<Vec<String>>")],
        &[
            "ThingType: member Secrets is sensitive in the model (SecretListType), but field secrets is not: use Sensitive<...> or #[aws(sensitive)]",
        ],
    );
    // A sensitive structure: the field of its type, and the structure itself.
    assert_drift(
        &[("#[aws_shape(sensitive)]", "#[aws_shape]")],
        &[
            "GetThing: member Context is sensitive in the model (ContextType), but field context is not: use Sensitive<...> or #[aws(sensitive)]",
            "ContextType: member Key is sensitive in the model (TokenType), but field key is not: use Sensitive<...> or #[aws(sensitive)]",
            "ContextType: the model's ContextType is sensitive, but it is not #[aws_shape(sensitive)]",
        ],
    );
}

#[test]
fn a_wrong_auth() {
    assert_drift(
        &[("    auth = none,\n", "")],
        &[
            "GetThing: the model's GetThing takes no auth (smithy.api#noAuth), but this operation is SigV4-signed: add auth = none",
        ],
    );
    assert_drift(
        &[(
            "    error = PutThingError,\n",
            "    error = PutThingError,\n    auth = none,\n",
        )],
        &["PutThing: the model's PutThing is SigV4-signed, but this operation has auth = none"],
    );
    // `auth = sigv4` is the default, spelt out.
    assert_drift(
        &[(
            "    error = PutThingError,\n",
            "    error = PutThingError,\n    auth = sigv4,\n",
        )],
        &[],
    );
}

#[test]
fn an_error_missing_or_extra() {
    assert_drift(
        &[("    ThrottledException(ThrottledException),\n", "")],
        &[
            "GetThing: the model's GetThing lists the error ThrottledException, which GetThingError lacks",
        ],
    );
    assert_drift(
        &[(
            "    NotFound(NotFoundException),\n",
            "    NotFound(NotFoundException),\n    ThrottledException(ThrottledException),\n",
        )],
        &[
            "PutThing: PutThingError has the error ThrottledException, which the model does not list for PutThing",
        ],
    );
    assert_drift(
        &[("error = GetThingError", "error = GetThingErrors")],
        &[
            "GetThing: its error enum GetThingErrors is not in the source, so its errors were not checked",
        ],
    );
}

#[test]
fn an_enum_value_missing_or_extra() {
    assert_drift(
        &[("    #[aws(value = \"OFF\")]\n    Off,\n", "")],
        &["StateType: the model's StateType has the value \"OFF\", which this enum lacks"],
    );
    assert_drift(
        &[(
            "    Off,\n",
            "    Off,\n    #[aws(value = \"DIM\")]\n    Dim,\n",
        )],
        &["StateType: variant Dim (value \"DIM\") is not a value of the model's StateType"],
    );
}

#[test]
fn an_exception_retry_mismatch() {
    assert_drift(
        &[("#[aws_exception(throttling)]", "#[aws_exception]")],
        &[
            "ThrottledException: the model says ThrottledException is throttling, but #[aws_exception] says not retryable",
        ],
    );
    assert_drift(
        &[(
            "#[aws_exception]\npub struct NotFoundException",
            "#[aws_exception(retryable)]\npub struct NotFoundException",
        )],
        &[
            "NotFoundException: the model says NotFoundException is not retryable, but #[aws_exception] says retryable",
        ],
    );
}

#[test]
fn names_the_model_does_not_have() {
    assert_drift(
        &[("target = \"GetThing\"", "target = \"GetThings\"")],
        &["GetThing: no operation GetThings in the model"],
    );
    assert_drift(
        &[("target = \"Svc.PutThing\"", "target = \"Other.PutThing\"")],
        &[
            "PutThing: target \"Other.PutThing\" has the prefix \"Other\", but the model's targetPrefix is \"Svc\"",
        ],
    );
    assert_drift(
        &[("output = GetThingResponse", "output = PutThingResponse")],
        &[
            "GetThing: output is PutThingResponse, but the model's output of GetThing is GetThingResponse",
        ],
    );
    assert_drift(
        &[("pub struct ThingType {", "pub struct Thing {")],
        &["Thing: no shape Thing in the model"],
    );
    assert_drift(
        &[(
            "#[aws_shape]\npub struct ThingType",
            "#[aws_exception]\npub struct ThingType",
        )],
        &["ThingType: the model's ThingType is not an exception"],
    );
    assert_drift(
        &[(
            "#[aws_exception]\npub struct NotFoundException",
            "#[aws_shape]\npub struct NotFoundException",
        )],
        &["NotFoundException: the model's NotFoundException is an exception: use #[aws_exception]"],
    );
    assert_drift(
        &[("target_prefix = \"Svc\"", "target_prefix = \"Sv\"")],
        &["Svc: target_prefix is \"Sv\", but the model says \"Svc\" (targetPrefix)"],
    );
}

#[test]
fn bad_input_is_an_error_not_drift() {
    assert_eq!(
        check_texts("[]", &[SOURCE]).unwrap_err().to_string(),
        "the model has no \"operations\" object"
    );
    let err = check_texts(MODEL, &["pub struct"]).unwrap_err().to_string();
    assert!(err.starts_with("not a Rust file: "), "{err}");
    let err = check_texts(
        MODEL,
        &[&mutate(&[("target = \"GetThing\"", "target = GetThing")])],
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("GetThing: cannot read its #[aws_operation]: "),
        "{err}"
    );
}

#[test]
fn the_binary_prints_one_line_per_difference_and_exits_non_zero() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("awsop-drift-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let model = dir.join("service-2.json");
    std::fs::write(&model, MODEL).unwrap();
    let clean = dir.join("clean.rs");
    std::fs::write(&clean, SOURCE).unwrap();
    let drifted = dir.join("drifted.rs");
    std::fs::write(
        &drifted,
        mutate(&[
            ("    auth = none,\n", ""),
            ("    #[aws(value = \"OFF\")]\n    Off,\n", ""),
        ]),
    )
    .unwrap();
    let run = |source: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_awsop-drift"))
            .arg("--model")
            .arg(&model)
            .arg("--source")
            .arg(source)
            .output()
            .unwrap()
    };

    let out = run(&clean);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "");

    let out = run(&drifted);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "GetThing: the model's GetThing takes no auth (smithy.api#noAuth), but this operation is SigV4-signed: add auth = none\n\
         StateType: the model's StateType has the value \"OFF\", which this enum lacks\n"
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("2 differences")
    );

    let out = run(&dir.join("missing.rs"));
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("cannot read")
    );
}

#[test]
fn idempotency_tokens_are_marked_as_the_model_says() {
    assert_drift(
        &[("    #[aws(idempotency_token)]\n", "")],
        &[
            "PutThing: member ClientToken is an idempotency token in the model's PutThingRequest, but field client_token is not #[aws(idempotency_token)]: without it a retried write may be applied twice",
        ],
    );
    assert_drift(
        &[(
            "    #[aws(rename = \"MFAOptions\")]\n",
            "    #[aws(rename = \"MFAOptions\", idempotency_token)]\n",
        )],
        &[
            "GetThing: field mfa_options is #[aws(idempotency_token)], but the model's GetThingRequest member MFAOptions is not an idempotency token",
        ],
    );
}

#[test]
fn every_key_the_macros_accept_is_read_and_what_they_refuse_is_an_error() {
    // Keys the check does not compare, in every form the macros accept.
    assert_drift(
        &[
            (
                "#[aws_shape]\npub struct ThingType",
                "#[aws_shape(eq, crate = ::awsop)]\npub struct ThingType",
            ),
            (
                "    pub thing_id: String,\n}\n\n#[aws_shape]\npub struct DeleteThingResponse",
                "    #[aws(timestamp_format = \"epoch-seconds\")]\n    pub thing_id: String,\n}\n\n#[aws_shape]\npub struct DeleteThingResponse",
            ),
        ],
        &[],
    );
    // The macros' parser: an unknown key, a duplicate key, a key on the wrong
    // site, a value of the wrong form.
    for (from, to, message) in [
        (
            "#[aws(rename = \"MFAOptions\")]",
            "#[aws(renam = \"MFAOptions\")]",
            "GetThing: cannot read its #[aws_operation]: unknown key `renam` in #[aws(...)]",
        ),
        (
            "#[aws(rename = \"MFAOptions\")]",
            "#[aws(rename = \"MFAOptions\", rename = \"Mfa\")]",
            "GetThing: cannot read its #[aws_operation]: duplicate key `rename` in #[aws(...)]",
        ),
        (
            "    #[aws(code = \"NotFoundException\")]\n",
            "    #[aws(value = \"NotFoundException\")]\n",
            "PutThingError: cannot read its #[aws_error]: unknown key `value` in #[aws(...)]",
        ),
        (
            "#[aws_exception(throttling)]",
            "#[aws_exception(throttling = true)]",
            "ThrottledException: cannot read its #[aws_exception]: `throttling` in #[aws_exception] takes no value",
        ),
    ] {
        let err = check_texts(MODEL, &[&mutate(&[(from, to)])])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(message), "{err}");
    }
}

#[test]
fn output_only_on_shapes_no_input_reaches() {
    // GetThingResponse is only a response: `output` fits.
    assert_drift(
        &[(
            "#[aws_shape]\npub struct GetThingResponse",
            "#[aws_shape(output)]\npub struct GetThingResponse",
        )],
        &[],
    );
    // ThingType is in PutThing's input too: users build it.
    assert_drift(
        &[(
            "#[aws_shape]\npub struct ThingType",
            "#[aws_shape(output)]\npub struct ThingType",
        )],
        &[
            "ThingType: the model's ThingType is reachable from an operation's input, so users build it, but #[aws_shape(output)] gives it no setters: remove `output`",
        ],
    );
    // The output of an operation with none in the model.
    assert_drift(
        &[(
            "#[aws_shape]\npub struct DeleteThingResponse",
            "#[aws_shape(output)]\npub struct DeleteThingResponse",
        )],
        &[],
    );
}

#[test]
fn eq_and_no_eq_on_shapes_are_no_drift() {
    assert_drift(
        &[
            (
                "#[aws_shape]\npub struct ThingType",
                "#[aws_shape(eq)]\npub struct ThingType",
            ),
            ("#[aws_shape(sensitive)]", "#[aws_shape(sensitive, no_eq)]"),
            (
                "#[aws_shape]\npub struct DeleteThingResponse",
                "#[aws_shape(output, eq)]\npub struct DeleteThingResponse",
            ),
        ],
        &[],
    );
}
