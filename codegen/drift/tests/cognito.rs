#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
//! The hand-annotated Cognito service (`examples/cognito-totp/src/cognito.rs`) against
//! AWS's model, taken from the pinned botocore wheel (see
//! `awsop_test_support::botocore`): no differences.

use std::path::Path;

use awsop_drift::source::MacroKind;
use awsop_drift::{Model, Source, check};
use awsop_test_support::botocore::{self, Wheel};

const MODEL_IN_WHEEL: &str = "botocore/data/cognito-idp/2016-04-18/service-2.json.gz";

fn model_text() -> String {
    Wheel::in_tmpdir(env!("CARGO_TARGET_TMPDIR")).text(MODEL_IN_WHEEL)
}

fn cognito_source() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/cognito-totp/src/cognito.rs");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn the_annotated_cognito_service_matches_its_model() {
    let model = Model::from_json(&model_text()).unwrap();
    let source = Source::parse(&cognito_source()).unwrap();

    // Not vacuous: every kind of item is there, and the operations are found.
    let count = |k: MacroKind| source.items.iter().filter(|i| i.kind == k).count();
    for kind in [
        MacroKind::Service,
        MacroKind::Operation,
        MacroKind::Shape,
        MacroKind::Exception,
        MacroKind::Enum,
        MacroKind::Error,
    ] {
        assert!(count(kind) > 0, "no {} item found", kind.name());
    }
    assert_eq!(count(MacroKind::Operation), count(MacroKind::Error));
    assert!(source.items.len() > 100, "{} items", source.items.len());

    let drift: Vec<String> = check(&model, &source)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        drift.is_empty(),
        "examples/cognito-totp/src/cognito.rs differs from botocore {}'s model:\n{}",
        botocore::BOTOCORE_VERSION,
        drift.join("\n")
    );
}

/// The model lists VerifySoftwareToken's NotAuthorizedException twice; the
/// annotation lists it once, and that is no difference.
#[test]
fn a_duplicated_model_error_counts_once() {
    let json = model_text();
    let raw: serde_json::Value = serde_json::from_str(&json).unwrap();
    let listed = raw["operations"]["VerifySoftwareToken"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["shape"] == "NotAuthorizedException")
        .count();
    assert_eq!(
        listed,
        2,
        "botocore {} (wheel sha256 {}) lists it twice",
        botocore::BOTOCORE_VERSION,
        botocore::WHEEL_SHA256
    );
    let model = Model::from_json(&json).unwrap();
    let errors = &model.operations["VerifySoftwareToken"].errors;
    assert_eq!(
        errors
            .iter()
            .filter(|e| *e == "NotAuthorizedException")
            .count(),
        1
    );
}
