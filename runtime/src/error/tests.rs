use super::*;

fn meta() -> ErrorMeta {
    ErrorMeta::new(
        "NotAuthorizedException",
        Some("Invalid Access Token".into()),
        Some("req-1".into()),
        400,
    )
}

#[test]
fn service_error_says_everything_in_one_line() {
    let e: Error<UnhandledError> = Error::new(
        "AssociateSoftwareToken",
        Kind::Service(UnhandledError::new(meta())),
        None,
    );
    assert_eq!(
        e.to_string(),
        "AssociateSoftwareToken: NotAuthorizedException: Invalid Access Token (request id req-1, HTTP 400)"
    );
    assert!(e.is_service() && e.may_have_been_sent());
    assert_eq!(e.code(), Some("NotAuthorizedException"));
    assert_eq!(e.request_id(), Some("req-1"));
    assert_eq!(e.status(), Some(400));
    assert!(e.into_service_error().is_ok());
}

#[test]
fn each_kind_reads_well() {
    let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
    let e: Error<UnhandledError> = Error::new(
        "GetUser",
        Kind::Dispatch { connected: false },
        Some(Box::new(io)),
    )
    .with_attempts(3);
    assert_eq!(
        e.to_string(),
        "GetUser was not sent: could not connect, after 3 attempts"
    );
    assert_eq!(
        format!("{e:#}"),
        "GetUser was not sent: could not connect, after 3 attempts: refused"
    );
    assert!(!e.may_have_been_sent());
    assert!(e.source().is_some());

    let e: Error<UnhandledError> = Error::new(
        "GetUser",
        Kind::Response(ResponseDetails {
            status: Some(500),
            request_id: None,
            reason: "not JSON".into(),
            excerpt: Some("<html>".into()),
        }),
        None,
    );
    assert_eq!(
        e.to_string(),
        "GetUser: HTTP 500 response could not be decoded: not JSON; body starts \"<html>\""
    );
    let e: Error<UnhandledError> = Error::new(
        "GetUser",
        Kind::Timeout(TimeoutKind::Attempt, Duration::from_secs(2)),
        None,
    )
    .with_attempts(1);
    assert_eq!(e.to_string(), "GetUser timed out: attempt timeout of 2s");
    assert!(e.may_have_been_sent() && e.is_timeout());
    let e = e.into_service_error().unwrap_err();
    assert_eq!(e.timeout_kind(), Some(TimeoutKind::Attempt));
}
