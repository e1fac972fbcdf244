#![allow(clippy::unwrap_used)]
//! Secrets a service echoes back, raw or JSON-escaped, never reach an error
//! (issue 10, items 3 and 4): every string decoded from an error body is
//! scrubbed after parsing, in every escaping a server may use, and scrubbing
//! never changes how the error is parsed.

use awsop_test_support::echo;
use awsop_test_support::loopback as support;

use awsop::error::OperationError;
use echo::*;
use support::{Canned, Color};

const SECRET: &str = "p\u{e4}ss\"w\\rd/&<x>\u{1F600}\n!";

fn assert_no_leak<E: OperationError>(err: &awsop::Error<E>, secrets: &[String], case: &str) {
    let texts = error_texts(err);
    for s in secrets {
        if let Some((form, text)) = leak(&texts, s) {
            panic!("{case}: the secret shows as {form:?} in {text}");
        }
    }
}

fn error_body(e: &str) -> String {
    format!(
        r#"{{"__type":"InvalidInputException","message":"bad {e} here","Reason":"{e}","FieldList":["{e}","ok"],"Tags":{{"{e}":"{e}","k":"v {e}"}},"Detail":{{"Name":"{e}","String":"x{e}x","List":["{e}"],"Document":{{"{e}":["{e}"]}},"Color":"{e}"}},"Color":"{e}","Document":{{"a":"{e}"}}}}"#
    )
}

#[test]
fn escaped_echoes_are_scrubbed_from_every_member() {
    // The secret as the password, and as the second of two tokens.
    for secrets in [
        vec![SECRET.to_owned()],
        vec!["other-secret".to_owned(), SECRET.to_owned()],
    ] {
        for how in ESCAPINGS {
            let case = format!("{how:?}, {} secrets", secrets.len());
            let body = error_body(&escape(SECRET, how));
            let canned = Canned::json(400, &body).header("x-amzn-requestid", "rid-1");
            let (result, sent) = send(&echo(&secrets), vec![canned]);
            let err = result.unwrap_err();
            assert_eq!(sent, 1, "{case}");
            assert_no_leak(&err, &secrets, &case);
            assert_eq!(
                err.to_string(),
                "Echo: InvalidInputException: bad <redacted> here (request id rid-1, HTTP 400)",
                "{case}"
            );
            let Some(EchoError::InvalidInputException(ex)) = err.service_error() else {
                panic!("{case}: expected InvalidInputException, got {err:?}");
            };
            let r = || Some("<redacted>".to_owned());
            assert_eq!(ex.meta().decode_error(), None, "{case}");
            assert_eq!(ex.message.as_deref(), Some("bad <redacted> here"));
            assert_eq!(ex.reason, r(), "{case}");
            assert_eq!(
                ex.field_list.as_deref(),
                Some(&["<redacted>".to_owned(), "ok".to_owned()][..])
            );
            let tags = ex.tags.as_ref().unwrap();
            assert_eq!(tags.get("<redacted>"), r().as_ref(), "{case}");
            assert_eq!(tags.get("k").map(String::as_str), Some("v <redacted>"));
            let detail = ex.detail.as_ref().unwrap();
            assert_eq!(detail.name, "<redacted>");
            assert_eq!(detail.string.as_deref(), Some("x<redacted>x"));
            assert_eq!(
                detail.document,
                Some(serde_json::json!({"<redacted>": ["<redacted>"]}))
            );
            assert_eq!(detail.color, Some(Color::Unknown("<redacted>".into())));
            assert_eq!(ex.color, Some(Color::Unknown("<redacted>".into())));
            assert_eq!(ex.document, Some(serde_json::json!({"a": "<redacted>"})));
        }
    }
}

#[test]
fn escaped_echoes_are_scrubbed_from_unmodeled_codes_and_header_messages() {
    let secrets = vec![SECRET.to_owned()];
    for how in ESCAPINGS {
        let body = format!(
            r#"{{"__type":"com.amazon#BrandNewException","Message":"no: {}"}}"#,
            escape(SECRET, how)
        );
        let (result, _) = send(&echo(&secrets), vec![Canned::json(400, &body)]);
        let err = result.unwrap_err();
        assert_no_leak(&err, &secrets, &format!("{how:?}"));
        assert_eq!(
            err.to_string(),
            "Echo: BrandNewException: no: <redacted> (HTTP 400)"
        );
        assert!(matches!(err.service_error(), Some(EchoError::Unhandled(_))));
    }
    // Header values are not JSON: an ASCII secret, as written.
    let secrets = vec!["hdr-Secret-42".to_owned()];
    let canned = Canned::json(400, "{}")
        .header("x-amzn-errortype", "BrandNewException")
        .header("x-amzn-errormessage", "token hdr-Secret-42 refused")
        .header("x-amzn-requestid", "id-hdr-Secret-42");
    let (result, _) = send(&echo(&secrets), vec![canned]);
    let err = result.unwrap_err();
    assert_no_leak(&err, &secrets, "headers");
    assert_eq!(
        err.to_string(),
        "Echo: BrandNewException: token <redacted> refused (request id id-<redacted>, HTTP 400)"
    );
}

/// A body that does not fit the exception: the typed variant with the
/// members that fit, and the decoder's reason scrubbed (serde quotes the
/// value).
#[test]
fn decode_errors_of_exceptions_are_scrubbed() {
    let secrets = vec![SECRET.to_owned()];
    for how in ESCAPINGS {
        let body = format!(
            r#"{{"__type":"InvalidInputException","message":"m","FieldList":"{}"}}"#,
            escape(SECRET, how)
        );
        let (result, _) = send(&echo(&secrets), vec![Canned::json(400, &body)]);
        let err = result.unwrap_err();
        assert_no_leak(&err, &secrets, &format!("{how:?}"));
        let Some(EchoError::InvalidInputException(ex)) = err.service_error() else {
            panic!("expected InvalidInputException, got {err:?}");
        };
        // What fits is kept.
        assert_eq!(ex.message.as_deref(), Some("m"));
        assert_eq!(ex.field_list, None);
        let reason = ex.meta().decode_error().unwrap();
        assert!(
            reason.starts_with("invalid type: string \"<redacted>\", expected a list"),
            "{reason}"
        );
    }
}

/// Short secrets, and one that is part of the code, change neither the
/// code nor the retry decision; they are scrubbed from the message only.
#[test]
fn short_secrets_never_change_the_code_or_the_retry() {
    let secrets: Vec<String> = ["e", "1", "true", "Throttling"].map(str::to_owned).to_vec();
    let throttle = || {
        Canned::json(
            400,
            r#"{"__type":"ThrottlingException","message":"Rate exceeded, true 1","retry":true,"n":1}"#,
        )
    };
    let ok = Canned::json(200, r#"{"Name":"done"}"#);
    let (result, sent) = send(&echo(&secrets), vec![throttle(), throttle(), ok]);
    assert_eq!(result.unwrap().name, "done");
    assert_eq!(sent, 3, "throttling is retried");

    let (result, sent) = send(&echo(&secrets), vec![throttle(), throttle(), throttle()]);
    let err = result.unwrap_err();
    assert_eq!(sent, 3);
    assert_eq!(err.attempts(), 3);
    assert_eq!(err.code(), Some("ThrottlingException"));
    let Some(EchoError::Throttling(t)) = err.service_error() else {
        panic!("expected Throttling, got {err:?}");
    };
    let scrubbed =
        "Rat<redacted> <redacted>xc<redacted><redacted>d<redacted>d, <redacted> <redacted>";
    assert_eq!(t.message.as_deref(), Some(scrubbed));
    assert_eq!(t.meta().message(), Some(scrubbed));
    assert_eq!(
        err.to_string(),
        format!("Echo: ThrottlingException: {scrubbed} (HTTP 400), after 3 attempts")
    );

    // The same through the header, with a namespace and a URI suffix.
    let canned = Canned::json(400, r#"{"message":"true"}"#).header(
        "x-amzn-errortype",
        "ThrottlingException:http://internal.amazon.com/e/1",
    );
    let (result, sent) = send(
        &echo(&secrets),
        vec![canned.clone(), canned.clone(), canned],
    );
    let err = result.unwrap_err();
    assert_eq!((sent, err.code()), (3, Some("ThrottlingException")));
    assert_eq!(err.meta().unwrap().message(), Some("<redacted>"));

    // A modeled exception with members equal to short secrets.
    let body = r#"{"__type":"InvalidInputException","message":"true","FieldList":["1","e","x"],"Color":"e"}"#;
    let (result, _) = send(&echo(&secrets), vec![Canned::json(400, body)]);
    let err = result.unwrap_err();
    let Some(EchoError::InvalidInputException(ex)) = err.service_error() else {
        panic!("expected InvalidInputException, got {err:?}");
    };
    assert_eq!(ex.message.as_deref(), Some("<redacted>"));
    assert_eq!(
        ex.field_list.as_deref(),
        Some(
            &[
                "<redacted>".to_owned(),
                "<redacted>".to_owned(),
                "x".to_owned()
            ][..]
        )
    );
    assert_eq!(ex.color, Some(Color::Unknown("<redacted>".into())));
}

/// An error body without a code is quoted only when it is not a structured
/// document, and then scrubbed, in every escaping.
#[test]
fn error_bodies_are_quoted_only_when_unstructured_and_scrubbed() {
    let secrets = vec![SECRET.to_owned()];
    for how in ESCAPINGS {
        let e = escape(SECRET, how);
        let plain = format!("upstream said: {e}");
        let (result, _) = send(
            &echo(&secrets),
            vec![
                Canned::json(502, &plain),
                Canned::json(502, &plain),
                Canned::json(502, &plain),
            ],
        );
        let err = result.unwrap_err();
        assert_no_leak(&err, &secrets, &format!("{how:?} plain"));
        assert_eq!(
            err.response_details().unwrap().excerpt.as_deref(),
            Some("upstream said: <redacted>"),
            "{how:?}"
        );
        for body in [
            format!(r#"{{"message":"{e}"}}"#),
            format!("\u{feff}{{\"message\":\"{e}\"}}"),
            format!(")]}}'\n{{\"message\":\"{e}\"}}"),
            format!(r#"{{"message":"{e}""#),
            format!("<Error><Message>{e}</Message></Error>"),
        ] {
            let (result, _) = send(&echo(&secrets), vec![Canned::json(400, &body)]);
            let err = result.unwrap_err();
            assert_no_leak(&err, &secrets, &format!("{how:?} {body}"));
            assert!(err.is_response(), "{err:?}");
            assert_eq!(err.response_details().unwrap().excerpt, None, "{body}");
        }
    }
}

/// A 2xx body is never quoted, whatever it starts with, and the decoder's
/// message in the source chain is scrubbed.
#[test]
fn success_bodies_are_never_quoted() {
    let secrets = vec![SECRET.to_owned()];
    for how in ESCAPINGS {
        let e = escape(SECRET, how);
        for (body, reason) in [
            (format!(")]}}'\n{{\"Name\":\"{e}\"}}"), "not JSON"),
            (format!("\u{feff})]}}'{{\"Name\":\"{e}\"}}"), "not JSON"),
            (format!("Name={e}"), "not JSON"),
            (format!("{{\"Name\":\"{e}\""), "truncated JSON"),
            (
                format!("{{\"Name\":\"n\",\"Integer\":\"{e}\"}}"),
                "body does not match the output",
            ),
        ] {
            let (result, _) = send(&echo(&secrets), vec![Canned::json(200, &body)]);
            let err = result.unwrap_err();
            let case = format!("{how:?} {body}");
            assert_no_leak(&err, &secrets, &case);
            let details = err.response_details().unwrap();
            assert_eq!(details.reason, reason, "{case}");
            assert_eq!(details.excerpt, None, "{case}");
            assert!(std::error::Error::source(&err).is_some(), "{case}");
        }
        // A 2xx read as an error, whose header code sanitizes to nothing.
        let canned = Canned::json(200, &format!("oops {e}")).header("x-amzn-errortype", ":x");
        let (result, _) = send(&echo(&secrets), vec![canned]);
        let err = result.unwrap_err();
        assert_no_leak(&err, &secrets, &format!("{how:?} disguised"));
        let details = err.response_details().unwrap();
        assert_eq!(details.reason, "error response without an error code");
        assert_eq!(details.excerpt, None);

        let body = format!("{{\"Name\":\"n\",\"Integer\":\"{e}\"}}");
        let (result, _) = send(&echo(&secrets), vec![Canned::json(200, &body)]);
        let source = std::error::Error::source(&result.unwrap_err())
            .unwrap()
            .to_string();
        assert!(
            source.starts_with("invalid type: string \"<redacted>\", expected i32"),
            "{source}"
        );
    }
}

/// A leading UTF-8 byte order mark is skipped, in a 2xx and in an error.
#[test]
fn a_byte_order_mark_is_skipped() {
    let (result, _) = send(
        &echo(&[]),
        vec![Canned::json(200, "\u{feff}{\"Name\":\"bom\"}")],
    );
    assert_eq!(result.unwrap().name, "bom");
    let body = "\u{feff}{\"__type\":\"InvalidInputException\",\"message\":\"m\"}";
    let (result, _) = send(&echo(&[]), vec![Canned::json(400, body)]);
    let err = result.unwrap_err();
    assert_eq!(err.code(), Some("InvalidInputException"));
    assert!(matches!(
        err.service_error(),
        Some(EchoError::InvalidInputException(ex)) if ex.message.as_deref() == Some("m")
    ));
}
