#![allow(clippy::unwrap_used)]
//! The client's send loop: auth, headers, retries, the quota, clock skew,
//! timeouts and transport faults, over a recording transport and a scripted
//! loopback server. Zero jitter everywhere; no test measures time.

use awsop_test_support::loopback as support;

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
        495,
        "the success refunds the last retry only"
    );
}

#[tokio::test]
async fn a_success_refunds_only_the_last_retry_as_botocore_does() {
    // botocore (retries/standard.py, RetryQuotaChecker.release_retry_quota)
    // and smithy-rs give back "whatever quota was associated with the last
    // acquisition": 500 - 5 - 5 + 5.
    let rec = Recorder::new(vec![
        Ok(Canned::json(503, "{}")),
        Ok(Canned::json(503, "{}")),
        Ok(ok()),
    ]);
    let client = builder().transport(rec.clone()).build().unwrap();
    client.send(&op("tok")).await.unwrap();
    assert_eq!(rec.requests().len(), 3);
    assert_eq!(client.retry_tokens(), 495);

    // A success with no retry adds 1, up to the capacity.
    let rec2 = Recorder::new(vec![Ok(ok()), Ok(ok())]);
    let client = builder()
        .transport(rec2.clone())
        .retry_config(RetryConfig::standard())
        .build()
        .unwrap();
    client.send(&op("tok")).await.unwrap();
    assert_eq!(client.retry_tokens(), 500, "never above the capacity");

    // A timeout (10) then a 503 (5), then success: the 5 comes back.
    let rec3 = Recorder::new(vec![
        Err(TransportErrorKind::ConnectTimeout),
        Ok(Canned::json(503, "{}")),
        Ok(ok()),
        Ok(ok()),
    ]);
    let client = builder().transport(rec3.clone()).build().unwrap();
    client.send(&op("tok")).await.unwrap();
    assert_eq!(client.retry_tokens(), 490);
    client.send(&op("tok")).await.unwrap();
    assert_eq!(
        client.retry_tokens(),
        491,
        "then 1 per first-attempt success"
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

#[tokio::test]
async fn redirects_are_never_followed() {
    // A second server stands for the host a redirect points at: it must see
    // nothing, not even a connection.
    let elsewhere = Server::start(vec![]).await;
    let location = format!(
        "http://user:hunter2@127.0.0.1:{}/steal?X-Amz-Security-Token=hunter2",
        elsewhere.addr.port()
    );
    for status in [301, 302, 303, 307, 308] {
        let redirect = Canned::json(status, "{}")
            .header("location", &location)
            .header("x-amzn-requestid", "rid-redirect");
        let server = Server::start(vec![Act::Respond(redirect), Act::Respond(ok())]).await;
        let client = loopback(&server)
            .credentials(Credentials::new(
                "AKIDEXAMPLE",
                "secret",
                Some("session-token-hunter2".into()),
                None,
                "test",
            ))
            .build()
            .unwrap();
        let err = client.send(&SignedOp(op("tok"))).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "AdminGetUser: HTTP {status} response could not be decoded: redirect to host 127.0.0.1 not followed (awsop never follows redirects)"
            )
        );
        assert!(!format!("{err:#} {err:?}").contains("hunter2"), "{err:?}");
        assert!(err.is_response() && err.may_have_been_sent());
        assert_eq!(err.status(), Some(status));
        assert_eq!(err.attempts(), 1, "a redirect is not retried");
        assert_eq!(server.request_count(), 1);
    }
    // A redirect with no usable Location says so.
    let server = Server::start(vec![Act::Respond(Canned::json(307, "{}"))]).await;
    let client = loopback(&server).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken: HTTP 307 response could not be decoded: redirect not followed (awsop never follows redirects)"
    );
    assert_eq!(
        elsewhere
            .connections
            .load(std::sync::atomic::Ordering::SeqCst),
        0
    );
}

/// An operation whose target is not a valid header value, as a hand-written
/// `Operation` (the macros refuse one) may have.
#[derive(Clone, Default, Debug)]
struct BadTarget(AssociateSoftwareToken);

impl awsop::wire::WireSer for BadTarget {
    fn ser<S: serde::Serializer>(&self, s: S, f: awsop::wire::Format) -> Result<S::Ok, S::Error> {
        self.0.ser(s, f)
    }
}

impl awsop::sensitive::VisitSecrets for BadTarget {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.0.all_strings(visit)
    }
}

impl awsop::operation::Operation for BadTarget {
    type Output = AssociateSoftwareTokenOutput;
    type Error = AssociateSoftwareTokenError;
    const SERVICE: &'static awsop::operation::ServiceMeta = &COGNITO;
    const NAME: &'static str = "BadTarget";
    const TARGET: &'static str = "Cognito.Bad\nTarget\u{7f}";
    const AUTH: awsop::operation::Auth = awsop::operation::Auth::None;
}

#[tokio::test]
async fn a_target_that_is_not_a_header_value_is_a_construction_error() {
    let rec = Recorder::new(vec![]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&BadTarget(op("tok"))).await.unwrap_err();
    assert!(
        err.is_construction() && !err.may_have_been_sent(),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "BadTarget was not sent: could not build the request: the operation's target \"Cognito.Bad\\nTarget\\u{7f}\" is not a valid X-Amz-Target: it must be visible ASCII"
    );
    assert!(rec.requests().is_empty());
    // The cause is kept as a typed source, not only as text, and the
    // alternate form does not repeat it.
    assert!(std::error::Error::source(&err).is_some(), "{err:?}");
    assert_eq!(format!("{err:#}"), err.to_string());
}

/// An endpoint that cannot be resolved keeps its `EndpointError` as the
/// source.
#[tokio::test]
async fn an_endpoint_error_is_the_source_of_the_construction_error() {
    let rec = Recorder::new(vec![]);
    let client = Client::builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_construction(), "{err:?}");
    let source = std::error::Error::source(&err).expect("a source");
    let endpoint = source
        .downcast_ref::<awsop::endpoint::EndpointError>()
        .expect("an EndpointError");
    assert_eq!(
        err.to_string(),
        format!("AssociateSoftwareToken was not sent: {endpoint}")
    );
    assert!(rec.requests().is_empty());
}

#[tokio::test]
async fn the_skew_correction_is_bounded_and_comes_only_from_aws() {
    let at = |secs: i64| DateTime::from_secs(secs).fmt_http_date();
    let year_9999 = at(253_402_300_799);
    let year_0000 = at(-62_167_219_200);
    assert_eq!(year_9999, "Fri, 31 Dec 9999 23:59:59 GMT");
    assert_eq!(year_0000, "Sat, 01 Jan 0000 00:00:00 GMT");
    let plus_10_min = at(NOW + 600);
    let day = 24 * 60 * 60;
    let service_error = || Canned::json(400, r#"{"__type":"NotAuthorizedException"}"#);
    let no_request_id = || Canned::json(200, r#"{"SecretCode":"S"}"#);
    let proxy_page = || Canned {
        status: 502,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html>bad gateway</html>".to_vec(),
    };
    // (case, the response, the correction before, the correction after)
    let cases: Vec<(&str, Canned, i64, i64)> = vec![
        (
            "year 9999 on a 2xx with a request id",
            ok().header("date", &year_9999),
            0,
            0,
        ),
        (
            "year 0000 on a 2xx with a request id",
            ok().header("date", &year_0000),
            0,
            0,
        ),
        (
            "year 9999 on a service error",
            service_error().header("date", &year_9999),
            0,
            0,
        ),
        (
            "year 0000 on a service error",
            service_error().header("date", &year_0000),
            0,
            0,
        ),
        (
            "year 9999 on a 2xx without a request id",
            no_request_id().header("date", &year_9999),
            0,
            0,
        ),
        (
            "garbage on a 2xx with a request id",
            ok().header("date", "Fri, 99 Foo 2025"),
            0,
            0,
        ),
        (
            "garbage on a service error",
            service_error().header("date", "Sat, 01 Jan 10000 00:00:00 GMT"),
            0,
            0,
        ),
        (
            "+10 min on a 2xx without a request id",
            no_request_id().header("date", &plus_10_min),
            0,
            0,
        ),
        (
            "+10 min on a proxy's HTML page",
            proxy_page().header("date", &plus_10_min),
            0,
            0,
        ),
        (
            "+10 min on a 2xx with a request id",
            ok().header("date", &plus_10_min),
            0,
            600,
        ),
        (
            "+10 min on a service error",
            service_error().header("date", &plus_10_min),
            0,
            600,
        ),
        (
            "exactly +24 h on a service error",
            service_error().header("date", &at(NOW + day)),
            0,
            day,
        ),
        (
            "exactly -24 h on a service error",
            service_error().header("date", &at(NOW - day)),
            0,
            -day,
        ),
        (
            "-24 h 1 s on a service error",
            service_error().header("date", &at(NOW - day - 1)),
            0,
            0,
        ),
        // A bad Date keeps the correction already made.
        (
            "year 9999 after a correction",
            ok().header("date", &year_9999),
            600,
            600,
        ),
        (
            "garbage after a correction",
            ok().header("date", "garbage"),
            600,
            600,
        ),
        (
            "+10 min without a request id after a correction",
            no_request_id().header("date", &at(NOW + 60)),
            600,
            600,
        ),
        // An AWS Date close to the local clock resets it.
        (
            "+1 min on a 2xx with a request id after a correction",
            ok().header("date", &at(NOW + 60)),
            600,
            0,
        ),
    ];
    for (case, canned, before, after) in cases {
        let mut script = Vec::new();
        if before != 0 {
            script.push(Ok(ok().header("date", &at(NOW + before))));
        }
        script.push(Ok(canned));
        script.push(Ok(ok()));
        let rec = Recorder::new(script);
        let client = builder()
            .credentials(creds())
            .transport(rec.clone())
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        if before != 0 {
            client.send(&SignedOp(op("tok"))).await.unwrap();
        }
        assert_eq!(client.clock_skew(), before, "{case}");
        let _ = client.send(&SignedOp(op("tok"))).await;
        assert_eq!(client.clock_skew(), after, "{case}");
        // The next request is signed with the local clock plus the correction.
        client.send(&SignedOp(op("tok"))).await.unwrap();
        let reqs = rec.requests();
        let expected = DateTime::from_secs(NOW + after).fmt_amz_date();
        assert_eq!(
            header(reqs.last().unwrap(), "x-amz-date"),
            Some(expected.as_str()),
            "{case}"
        );
    }
}

/// A transport that never answers its first request, then fails every
/// later one with `then`.
#[derive(Debug, Clone)]
struct StallThen {
    then: Vec<Result<Canned, TransportErrorKind>>,
    calls: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl awsop::transport::Transport for StallThen {
    fn send(
        &self,
        _request: http::Request<Vec<u8>>,
        _limits: awsop::transport::Limits,
    ) -> awsop::transport::BoxFuture<
        '_,
        Result<http::Response<Vec<u8>>, awsop::transport::TransportError>,
    > {
        let n = self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let next = n.checked_sub(1).map(|i| self.then[i].clone());
        Box::pin(async move {
            match next {
                None => std::future::pending().await,
                Some(Err(kind)) => Err(awsop::transport::TransportError::from_kind(kind)),
                Some(Ok(c)) => {
                    let mut b = http::Response::builder().status(c.status);
                    for (k, v) in &c.headers {
                        b = b.header(k, v);
                    }
                    Ok(b.body(c.body).unwrap())
                }
            }
        })
    }
}

/// A timer whose every sleep is already over: an attempt timeout fires as
/// soon as the attempt is pending.
#[derive(Debug)]
struct NoWait;

impl awsop::transport::AsyncSleep for NoWait {
    fn sleep(&self, _: Duration) -> awsop::transport::BoxFuture<'static, ()> {
        Box::pin(async {})
    }
}

#[tokio::test]
async fn once_an_attempt_may_have_been_sent_the_error_says_so() {
    let refused = Err(TransportErrorKind::Connect);
    let connect_timeout = Err(TransportErrorKind::ConnectTimeout);
    type Script = Vec<Result<Canned, TransportErrorKind>>;
    let cases: Vec<(&str, Script, &str)> = vec![
        (
            "attempt timeout, then connection refused",
            vec![refused.clone()],
            "AssociateSoftwareToken may have been sent by an earlier attempt: could not connect, after 2 attempts",
        ),
        (
            "attempt timeout, then refused twice",
            vec![refused.clone(), refused.clone()],
            "AssociateSoftwareToken may have been sent by an earlier attempt: could not connect, after 3 attempts",
        ),
        (
            "attempt timeout, then a connect timeout",
            vec![connect_timeout],
            "AssociateSoftwareToken timed out: connect timeout of 3.1s (an earlier attempt may have been sent), after 2 attempts",
        ),
    ];
    for (case, then, display) in cases {
        let max = 1 + then.len() as u32;
        let transport = StallThen {
            then,
            calls: Default::default(),
        };
        let client = builder()
            .transport(transport)
            .sleep_impl(NoWait)
            .attempt_timeout(Duration::from_secs(1))
            .retry_config(RetryConfig::standard().with_max_attempts(max))
            .build()
            .unwrap();
        let err = client.send(&op("tok")).await.unwrap_err();
        assert_eq!(err.attempts(), max, "{case}");
        assert!(err.may_have_been_sent(), "{case}: {err:?}");
        assert_eq!(err.to_string(), display, "{case}");
    }

    // A 503 that was answered, then a refused retry: the first was sent.
    let rec = Recorder::new(vec![
        Ok(Canned::json(503, "{}")),
        Err(TransportErrorKind::Connect),
    ]);
    let client = builder()
        .transport(rec.clone())
        .retry_config(RetryConfig::standard().with_max_attempts(2))
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.may_have_been_sent(), "{err:?}");

    // A timed-out attempt, then a service error: the error's Debug notes
    // that an earlier attempt may have been sent, as for every other kind.
    let transport = StallThen {
        then: vec![Ok(Canned::json(
            400,
            r#"{"__type":"NotAuthorizedException"}"#,
        ))],
        calls: Default::default(),
    };
    let client = builder()
        .transport(transport)
        .sleep_impl(NoWait)
        .attempt_timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(err.is_service() && err.attempts() == 2, "{err:?}");
    assert!(format!("{err:?}").contains("sent_earlier: true"), "{err:?}");

    // Refused every time: never sent, and it says so.
    let rec = Recorder::new(vec![Err(TransportErrorKind::Connect); 3]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let err = client.send(&op("tok")).await.unwrap_err();
    assert!(!err.may_have_been_sent(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "AssociateSoftwareToken was not sent: could not connect, after 3 attempts"
    );
}

#[tokio::test]
async fn a_signed_operation_with_an_endpoint_override_and_no_region_is_not_sent() {
    let rec = Recorder::new(vec![Ok(ok())]);
    let client = Client::builder()
        .endpoint_url("http://127.0.0.1:1")
        .credentials(creds())
        .transport(rec.clone())
        .build()
        .unwrap();
    let err = client.send(&SignedOp(op("tok"))).await.unwrap_err();
    assert!(
        err.is_construction() && !err.may_have_been_sent(),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "AdminGetUser was not sent: no region to sign the request for: set one with ClientBuilder::region, the AWS_REGION environment variable, or `region` in the profile (an endpoint URL alone does not choose one)"
    );
    assert!(rec.requests().is_empty());
    // An unsigned operation needs no region.
    let out = client.send(&op("tok")).await.unwrap();
    assert_eq!(out.secret_code.unwrap().expose(), "JBSWY3DPEHPK3PXP");
    assert_eq!(rec.requests().len(), 1);
}

#[test]
fn the_defaults_fit_documented_aws_limits() {
    // No attempt timeout: long polls (60 s) and StartSyncExecution (5 min).
    assert_eq!(awsop::client::DEFAULT_ATTEMPT_TIMEOUT, None);
    // DynamoDB BatchGetItem's 16 MB, with base64 binary, fits.
    assert_eq!(awsop::client::DEFAULT_MAX_RESPONSE_BYTES, 64 * 1024 * 1024);
}

/// A transport that answers only after being polled `polls` times, as a
/// long poll would: with a timer that is always done, any attempt timeout
/// would cut it short.
#[derive(Debug)]
struct AnswersLate {
    polls: usize,
}

impl awsop::transport::Transport for AnswersLate {
    fn send(
        &self,
        _request: http::Request<Vec<u8>>,
        _limits: awsop::transport::Limits,
    ) -> awsop::transport::BoxFuture<
        '_,
        Result<http::Response<Vec<u8>>, awsop::transport::TransportError>,
    > {
        let mut left = self.polls;
        Box::pin(std::future::poll_fn(move |cx| {
            if left == 0 {
                let c = ok();
                return std::task::Poll::Ready(Ok(http::Response::builder()
                    .status(200)
                    .body(c.body)
                    .unwrap()));
            }
            left -= 1;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }))
    }
}

#[tokio::test]
async fn a_long_poll_is_never_cut_by_a_default_attempt_timeout() {
    let client = builder()
        .transport(AnswersLate { polls: 3 })
        .sleep_impl(NoWait)
        .build()
        .unwrap();
    client.send(&op("tok")).await.unwrap();
    assert_eq!(client.retry_tokens(), 500);
}

#[tokio::test]
async fn a_17_mb_response_decodes_with_the_default_cap() {
    // DynamoDB BatchGetItem returns up to 16 MB of items.
    let big = "A".repeat(17_000_000);
    let body = format!(r#"{{"SecretCode":"{big}"}}"#);
    let server = Server::start(vec![Act::Respond(Canned::json(200, &body))]).await;
    let client = loopback(&server).build().unwrap();
    let out = client.send(&op("tok")).await.unwrap();
    assert_eq!(out.secret_code.unwrap().expose().len(), 17_000_000);
}

/// An operation with an idempotency token, as codegen writes one.
#[awsop::aws_operation(
    service = PropsService,
    target = "PutThing",
    output = PutThingOutput,
    error = awsop::error::UnhandledError,
    auth = none,
)]
pub struct PutThing {
    /// A name.
    pub name: Option<String>,
    /// The token.
    #[aws(idempotency_token)]
    pub client_token: Option<String>,
}

/// Its output.
#[awsop::aws_shape]
pub struct PutThingOutput {}

fn client_token(r: &http::Request<Vec<u8>>) -> String {
    let body: serde_json::Value = serde_json::from_slice(r.body()).unwrap();
    body["ClientToken"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_unset_idempotency_token_is_filled_once_per_call() {
    let rec = Recorder::new(vec![
        Ok(Canned::json(503, "{}")),
        Err(TransportErrorKind::Io),
        Ok(Canned::json(200, "{}")),
        Ok(Canned::json(200, "{}")),
        Ok(Canned::json(200, "{}")),
    ]);
    let client = builder().transport(rec.clone()).build().unwrap();
    let op = PutThing {
        name: Some("n".into()),
        client_token: None,
    };
    client.send(&op).await.unwrap();
    client.send(&op).await.unwrap();
    let set = PutThing {
        name: None,
        client_token: Some("mine".into()),
    };
    client.send(&set).await.unwrap();
    let tokens: Vec<String> = rec.requests().iter().map(client_token).collect();
    assert_eq!(tokens.len(), 5);
    // Three attempts of the first call: one token, a version-4 UUID.
    assert_eq!(tokens[0], tokens[1]);
    assert_eq!(tokens[1], tokens[2]);
    assert_eq!(tokens[0].len(), 36);
    assert_eq!(&tokens[0][14..15], "4");
    // The second call gets its own.
    assert_ne!(tokens[3], tokens[0]);
    assert_eq!(tokens[3].len(), 36);
    // One the caller set is sent as it is.
    assert_eq!(tokens[4], "mine");
    assert_eq!(op.client_token, None, "the input is not changed");
}

/// A timer that records each sleep and returns at once.
#[derive(Debug, Clone, Default)]
struct RecordingSleep(std::sync::Arc<std::sync::Mutex<Vec<Duration>>>);

impl awsop::transport::AsyncSleep for RecordingSleep {
    fn sleep(&self, d: Duration) -> awsop::transport::BoxFuture<'static, ()> {
        self.0.lock().unwrap().push(d);
        Box::pin(async {})
    }
}

#[tokio::test]
async fn hostile_retry_settings_never_panic_the_send_loop() {
    for (jitter, slept) in [
        (f64::NAN, vec![]),
        (f64::NEG_INFINITY, vec![]),
        (-1.0, vec![]),
        (f64::INFINITY, vec![Duration::MAX]),
        (7.0, vec![Duration::MAX]),
    ] {
        let rec = Recorder::new(vec![Ok(Canned::json(503, "{}")), Ok(ok())]);
        let sleep = RecordingSleep::default();
        let client = builder()
            .transport(rec.clone())
            .sleep_impl(sleep.clone())
            .jitter(move || jitter)
            .retry_config(
                RetryConfig::standard()
                    .with_initial_backoff(Duration::MAX)
                    .with_max_backoff(Duration::MAX)
                    .with_max_attempts(u32::MAX),
            )
            .build()
            .unwrap();
        client.send(&op("tok")).await.unwrap();
        assert_eq!(*sleep.0.lock().unwrap(), slept, "jitter {jitter}");
    }
}
