#![allow(clippy::unwrap_used)]
//! The client's send loop: auth, headers, retries, the quota, clock skew,
//! timeouts and transport faults, over a recording transport and a scripted
//! loopback server. Zero jitter everywhere; no test measures time.

mod support;

use std::time::Duration;

use awsop::error::TimeoutKind;
use awsop::retry::RetryConfig;
use awsop::time::{DateTime, FixedClock};
use awsop::transport::TransportErrorKind;
use awsop::{Client, ClientBuilder, Credentials};
use support::*;

const NOW: i64 = 1_764_590_400; // 2025-12-01T12:00:00Z

fn creds() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
        None,
        "test",
    )
}

fn builder() -> ClientBuilder {
    Client::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .clock(FixedClock::new(DateTime::from_secs(NOW)))
        .jitter(|| 0.0)
}

fn ok() -> Canned {
    Canned::json(200, r#"{"SecretCode":"JBSWY3DPEHPK3PXP"}"#).header("x-amzn-requestid", "rid-ok")
}

fn header<'a>(r: &'a http::Request<Vec<u8>>, name: &str) -> Option<&'a str> {
    r.headers().get(name).map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn unsigned_operations_never_sign_even_with_credentials() {
    let rec = Recorder::new(vec![Ok(ok())]);
    let client = builder()
        .credentials(creds())
        .transport(rec.clone())
        .build()
        .unwrap();
    let out = client.send(&op("tok")).await.unwrap();
    assert_eq!(out.secret_code.unwrap().expose(), "JBSWY3DPEHPK3PXP");
    assert_eq!(out.status, 200);
    assert_eq!(out.request_id.as_deref(), Some("rid-ok"));
    let reqs = rec.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(header(r, "authorization"), None);
    assert_eq!(header(r, "x-amz-date"), None);
    assert_eq!(header(r, "x-amz-security-token"), None);
    assert_eq!(r.method(), "POST");
    assert_eq!(r.uri().to_string(), "http://127.0.0.1:1/");
    assert_eq!(
        header(r, "content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(
        header(r, "x-amz-target"),
        Some("AWSCognitoIdentityProviderService.AssociateSoftwareToken")
    );
    assert_eq!(header(r, "content-length"), Some("21"));
    assert_eq!(r.body().as_slice(), br#"{"AccessToken":"tok"}"#);
    assert!(header(r, "user-agent").unwrap().starts_with("awsop/"));
    assert_eq!(header(r, "amz-sdk-request"), Some("attempt=1; max=3"));
    assert_eq!(header(r, "amz-sdk-invocation-id").unwrap().len(), 36);
}

#[tokio::test]
async fn unsigned_operations_work_with_no_credentials_at_all() {
    let rec = Recorder::new(vec![Ok(ok())]);
    let client = builder()
        .no_credentials()
        .transport(rec.clone())
        .build()
        .unwrap();
    assert!(client.send(&op("tok")).await.is_ok());
}

#[tokio::test]
async fn signed_operations_are_signed() {
    let rec = Recorder::new(vec![Ok(ok())]);
    let client = builder()
        .credentials(creds())
        .transport(rec.clone())
        .build()
        .unwrap();
    client.send(&SignedOp(op("tok"))).await.unwrap();
    let r = &rec.requests()[0];
    assert_eq!(header(r, "x-amz-date"), Some("20251201T120000Z"));
    let auth = header(r, "authorization").unwrap();
    assert!(
        auth.starts_with(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20251201/us-east-1/cognito-idp/aws4_request, SignedHeaders="
        ),
        "{auth}"
    );
    assert!(auth.contains("x-amz-target"), "{auth}");
    assert!(!auth.contains("wJalrXUtnFEMI"), "{auth}");
}

#[tokio::test]
async fn signed_operations_without_credentials_fail_before_sending() {
    let rec = Recorder::new(vec![]);
    let client = builder()
        .no_credentials()
        .transport(rec.clone())
        .build()
        .unwrap();
    let err = client.send(&SignedOp(op("tok"))).await.unwrap_err();
    assert!(err.is_credentials(), "{err:?}");
    assert!(!err.may_have_been_sent());
    assert_eq!(err.attempts(), 0);
    assert_eq!(
        err.to_string(),
        "AdminGetUser was not sent: no credentials to sign it with"
    );
    assert!(
        format!("{err:#}").contains("no credentials provider is configured"),
        "{err:#}"
    );
    assert!(rec.requests().is_empty());
}

#[tokio::test]
async fn transient_errors_are_retried_and_refunded() {
    let rec = Recorder::new(vec![
        Ok(Canned::json(500, r#"{"__type":"InternalErrorException"}"#)),
        Ok(Canned::json(503, "{}")),
        Ok(ok()),
    ]);
    let client = builder().transport(rec.clone()).build().unwrap();
    client.send(&op("tok")).await.unwrap();
    let reqs = rec.requests();
    assert_eq!(reqs.len(), 3);
    let attempts: Vec<_> = reqs
        .iter()
        .map(|r| header(r, "amz-sdk-request").unwrap())
        .collect();
    assert_eq!(
        attempts,
        ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]
    );
    let ids: Vec<_> = reqs
        .iter()
        .map(|r| header(r, "amz-sdk-invocation-id").unwrap())
        .collect();
    assert!(
        ids.iter().all(|id| *id == ids[0]),
        "one invocation id per operation"
    );
    assert_eq!(
        client.retry_tokens(),
        500,
        "the success refunds both retries"
    );
}

#[tokio::test]
async fn client_errors_are_attempted_once() {
    let rec = Recorder::new(vec![Ok(Canned::json(
        400,
        r#"{"__type":"InvalidParameterException","message":"bad"}"#,
    )
    .header("x-amzn-requestid", "rid-1"))]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(rec.requests().len(), 1);
    assert_eq!(err.attempts(), 1);
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken: InvalidParameterException: bad (request id rid-1, HTTP 400)"
    );
    assert!(matches!(
        err.service_error(),
        Some(AssociateSoftwareTokenError::Unhandled(_))
    ));
}

#[tokio::test]
async fn throttling_is_retried_up_to_max_attempts() {
    let throttled = || Ok(Canned::json(400, r#"{"__type":"LimitExceededException"}"#));
    let rec = Recorder::new(vec![throttled(), throttled(), throttled(), throttled()]);
    let client = builder()
        .transport(rec.clone())
        .retry_config(RetryConfig::standard().with_max_attempts(4))
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(rec.requests().len(), 4);
    assert_eq!(err.attempts(), 4);
    assert!(matches!(
        err.service_error(),
        Some(AssociateSoftwareTokenError::LimitExceeded(_))
    ));
    assert!(err.to_string().ends_with(", after 4 attempts"), "{err}");
    assert_eq!(client.retry_tokens(), 500 - 15);
}

#[tokio::test]
async fn retries_stop_when_the_quota_is_spent() {
    // Each failing operation makes 3 attempts and spends 2 × 5 tokens: 50 of
    // them spend all 500. The 51st is attempted once.
    let script = (0..151).map(|_| Ok(Canned::json(503, "{}"))).collect();
    let rec = Recorder::new(script);
    let client = builder().transport(rec.clone()).build().unwrap();
    for _ in 0..50 {
        let err = client.send(&op("tok")).await.unwrap_err();
        assert_eq!(err.attempts(), 3);
    }
    assert_eq!(client.retry_tokens(), 0);
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(err.attempts(), 1);
    assert_eq!(rec.requests().len(), 151);
}

#[tokio::test]
async fn clock_skew_is_corrected_and_the_request_retried() {
    // The local clock is 10 minutes slow; the service rejects the signature
    // and says the real time in its Date header.
    let real = DateTime::from_secs(NOW + 600);
    let rec = Recorder::new(vec![
        Ok(Canned::json(
            400,
            r#"{"__type":"InvalidSignatureException","message":"Signature expired"}"#,
        )
        .header("date", &real.fmt_http_date())),
        Ok(ok().header("date", &real.fmt_http_date())),
    ]);
    let client = builder()
        .credentials(creds())
        .transport(rec.clone())
        .build()
        .unwrap();
    client.send(&SignedOp(op("tok"))).await.unwrap();
    let reqs = rec.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(header(&reqs[0], "x-amz-date"), Some("20251201T120000Z"));
    assert_eq!(header(&reqs[1], "x-amz-date"), Some("20251201T121000Z"));
    assert_eq!(client.clock_skew(), 600);
}

#[tokio::test]
async fn skew_errors_without_a_correction_are_not_retried() {
    let rec = Recorder::new(vec![Ok(Canned::json(
        400,
        r#"{"__type":"InvalidSignatureException"}"#,
    )
    .header("date", "garbage"))]);
    let client = builder()
        .credentials(creds())
        .transport(rec.clone())
        .build()
        .unwrap();
    let err = client.send(&SignedOp(op("tok"))).await.unwrap_err();
    assert_eq!(err.code(), Some("InvalidSignatureException"));
    assert_eq!(rec.requests().len(), 1);
    assert_eq!(client.clock_skew(), 0, "a garbled Date changes nothing");
}

#[tokio::test]
async fn echoed_secrets_are_scrubbed_from_errors() {
    let token = "eyJraWQiOiJzZWNyZXQtdG9rZW4tOTk5In0";
    let body =
        format!(r#"{{"__type":"NotAuthorizedException","message":"Invalid token {token} given"}}"#);
    let rec = Recorder::new(vec![Ok(
        Canned::json(400, &body).header("x-amzn-requestid", "rid-9")
    )]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&op(token)).await.unwrap_err();
    let shown = format!("{err} {err:?} {err:#}");
    assert!(!shown.contains(token), "{shown}");
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken: NotAuthorizedException: Invalid token <redacted> given (request id rid-9, HTTP 400)"
    );
    // The request itself carried the token.
    assert!(String::from_utf8_lossy(rec.requests()[0].body()).contains(token));
}

#[tokio::test]
async fn html_error_pages_are_response_errors_after_retries() {
    let page = "<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>";
    let html = || {
        Ok(Canned {
            status: 500,
            headers: vec![("content-type".into(), "text/html".into())],
            body: page.as_bytes().to_vec(),
        })
    };
    let rec = Recorder::new(vec![html(), html(), html()]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_response(), "{err:?}");
    assert_eq!(err.attempts(), 3);
    assert_eq!(err.status(), Some(500));
    assert_eq!(
        err.to_string(),
        format!(
            "AssociateSoftwareToken: HTTP 500 response could not be decoded: error response without an error code; body starts {page:?}, after 3 attempts"
        )
    );
}

#[tokio::test]
async fn bad_success_bodies_are_specific_errors_and_not_retried() {
    let cases = [
        (
            Canned::json(200, r#"{"SecretCode": "abc""#),
            "truncated JSON",
        ),
        (Canned::json(200, r#"{"SecretCode": }"#), "not JSON"),
        (
            Canned::json(200, r#"{"SecretCode": 12345}"#),
            "body does not match the output",
        ),
        (
            Canned {
                status: 200,
                headers: vec![("content-type".into(), "text/html".into())],
                body: b"<html>hi</html>".to_vec(),
            },
            "not JSON",
        ),
        // The label does not matter: a JSON body labelled HTML is decoded
        // (a row of `tests/faults.rs`), an HTML one is not JSON.
    ];
    for (canned, reason) in cases {
        let rec = Recorder::new(vec![Ok(canned)]);
        let client = builder().transport(rec.clone()).build().unwrap();
        let err = client.send(&op("tok")).await.unwrap_err();
        assert!(err.is_response(), "{err:?}");
        assert_eq!(err.response_details().unwrap().reason, reason);
        assert_eq!(err.attempts(), 1);
        assert!(
            !format!("{err:?}{err:#}").contains("12345"),
            "sensitive value quoted: {err:#}"
        );
        // A 2xx body is never quoted.
        assert_eq!(err.response_details().unwrap().excerpt, None);
        assert!(!err.to_string().contains("body starts"), "{err}");
    }
}

#[tokio::test]
async fn an_empty_success_body_reads_as_an_empty_object() {
    let rec = Recorder::new(vec![Ok(Canned::json(200, ""))]);
    let client = builder().transport(rec).build().unwrap();
    let out = client.send(&op("tok")).await.unwrap();
    assert!(out.secret_code.is_none());
}

#[tokio::test]
async fn transport_failures_say_whether_the_request_was_sent() {
    let rec = Recorder::new(vec![
        Err(TransportErrorKind::Connect),
        Err(TransportErrorKind::Connect),
        Err(TransportErrorKind::Connect),
    ]);
    let client = builder().transport(rec).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_dispatch() && !err.may_have_been_sent());
    assert_eq!(err.attempts(), 3);

    let rec = Recorder::new(vec![Err(TransportErrorKind::Io), Ok(ok())]);
    let client = builder().transport(rec.clone()).build().unwrap();
    assert!(client.send(&op("tok")).await.is_ok());
    assert_eq!(rec.requests().len(), 2);

    let rec = Recorder::new(vec![
        Err(TransportErrorKind::ConnectTimeout),
        Err(TransportErrorKind::ConnectTimeout),
        Err(TransportErrorKind::ConnectTimeout),
    ]);
    let client = builder()
        .connect_timeout(Duration::from_millis(250))
        .transport(rec)
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(err.timeout_kind(), Some(TimeoutKind::Connect));
    assert!(!err.may_have_been_sent());
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken timed out: connect timeout of 250ms, after 3 attempts"
    );

    let rec = Recorder::new(vec![Err(TransportErrorKind::BodyTooLarge)]);
    let client = builder().transport(rec).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_response());
    assert_eq!(err.attempts(), 1);
}

#[test]
fn bad_configuration_fails_at_build() {
    let err = Client::builder()
        .region("us-east-1.evil.com")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("us-east-1.evil.com"), "{err}");
    let err = Client::builder()
        .region("us-east-1")
        .endpoint_url("ftp://example.com")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("http"), "{err}");
    let err = Client::builder()
        .region("us-east-1")
        .endpoint_url("https://user:hunter2@example.com")
        .build()
        .unwrap_err();
    assert!(!err.to_string().contains("hunter2"), "{err}");
    let err = Client::builder()
        .region("us-east-1")
        .endpoint_url("https://example.com")
        .use_fips(true)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("FIPS"), "{err}");
}

// --- over a real socket -----------------------------------------------------

fn loopback(server: &Server) -> ClientBuilder {
    builder().endpoint_url(server.url())
}

#[tokio::test]
async fn connections_are_reused() {
    let server = Server::start((0..5).map(|_| Act::Respond(ok())).collect()).await;
    let client = loopback(&server).build().unwrap();
    for _ in 0..5 {
        client.send(&op("tok")).await.unwrap();
    }
    assert_eq!(server.request_count(), 5);
    assert_eq!(
        server.connections.load(std::sync::atomic::Ordering::SeqCst),
        1
    );
}

#[tokio::test]
async fn a_stalled_attempt_times_out_and_is_retried() {
    let server = Server::start(vec![
        Act::Stall(Duration::from_secs(5), ok()),
        Act::Respond(ok()),
    ])
    .await;
    let client = loopback(&server)
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    client.send(&op("tok")).await.unwrap();
    assert_eq!(server.request_count(), 2);
    assert_eq!(client.retry_tokens(), 500, "refunded after the success");
}

#[tokio::test]
async fn stalls_on_every_attempt_end_in_an_attempt_timeout() {
    let stall = || Act::Stall(Duration::from_secs(5), ok());
    let server = Server::start(vec![stall(), stall(), stall()]).await;
    let client = loopback(&server)
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(err.timeout_kind(), Some(TimeoutKind::Attempt));
    assert!(err.may_have_been_sent());
    assert_eq!(err.attempts(), 3);
    assert_eq!(client.retry_tokens(), 500 - 20, "timeouts cost 10 each");
}

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call() {
    let stall = || Act::Stall(Duration::from_secs(30), ok());
    let server = Server::start(vec![stall(), stall(), stall()]).await;
    let client = loopback(&server)
        .attempt_timeout(None)
        .operation_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(err.timeout_kind(), Some(TimeoutKind::Operation));
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn resets_and_cut_bodies_are_retried() {
    let server = Server::start(vec![
        Act::ResetBeforeRead,
        Act::ResetAfterRead,
        Act::Respond(ok()),
    ])
    .await;
    let client = loopback(&server).build().unwrap();
    client.send(&op("tok")).await.unwrap();

    let server = Server::start(vec![
        Act::CutBody(ok()),
        Act::CutBody(ok()),
        Act::CutBody(ok()),
    ])
    .await;
    let client = loopback(&server).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_dispatch() && err.may_have_been_sent(), "{err:?}");
    assert_eq!(err.attempts(), 3);
}

#[tokio::test]
async fn a_closed_port_is_never_sent() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let client = builder()
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_dispatch() && !err.may_have_been_sent(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken was not sent: could not connect"
    );
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let big = format!(r#"{{"Session":"{}"}}"#, "x".repeat(4096));
    let server = Server::start(vec![Act::Respond(Canned::json(200, &big))]).await;
    let client = loopback(&server).max_response_bytes(1024).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_response(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken: the response could not be read: response body over the 1024 byte limit"
    );
    assert_eq!(err.status(), None);
}
