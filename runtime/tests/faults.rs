#![allow(clippy::unwrap_used)]
//! Fault injection over a real socket: the scripted loopback server
//! ([`support::Server`]) and the default reqwest transport, one table row per
//! fault. Each row says how many attempts reached the server, and what the
//! caller sees: the output, or the error's kind, whether it may have been
//! sent, and its code or reason. Then hostile responses and hostile
//! configuration, each a specific error and never a panic.
//!
//! Zero jitter and a fixed clock everywhere; no test measures time.

use awsop_test_support::loopback as support;

use std::time::Duration;

use awsop::env::Env;
use awsop::error::TimeoutKind;
use awsop::profile::ProfileErrorKind;
use awsop::retry::RetryConfig;
use awsop::time::{DateTime, FixedClock};
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
        .clock(FixedClock::new(DateTime::from_secs(NOW)))
        .credentials(creds())
        .jitter(|| 0.0)
}

fn ok() -> Canned {
    Canned::json(200, r#"{"SecretCode":"JBSWY3DPEHPK3PXP"}"#)
}

fn err(status: u16, code: &str) -> Canned {
    Canned::json(status, &format!(r#"{{"__type":"{code}","message":"m"}}"#))
}

fn raw(status: u16, content_type: &str, body: &[u8]) -> Canned {
    Canned {
        status,
        headers: vec![("content-type".into(), content_type.into())],
        body: body.to_vec(),
    }
}

const HTML: &str = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";

fn three(act: Act) -> Vec<Act> {
    vec![act.clone(), act.clone(), act]
}

/// What the caller gets.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Service(&'static str),
    Response(&'static str),
    Dispatch,
    Timeout(TimeoutKind),
}

#[derive(Debug)]
enum Expect {
    /// Success after this many attempts.
    Ok(usize),
    /// This error after this many attempts.
    Err {
        kind: Kind,
        may_have_been_sent: bool,
        attempts: u32,
    },
}

fn fails(kind: Kind, may_have_been_sent: bool, attempts: u32) -> Expect {
    Expect::Err {
        kind,
        may_have_been_sent,
        attempts,
    }
}

#[derive(Default, Clone, Copy)]
struct Setup {
    /// Send the signed operation (the others are unsigned).
    signed: bool,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    /// Spend the whole retry quota first (50 operations × 3 attempts).
    drain_quota: bool,
    /// A backoff of this (full jitter) before each retry; none by default.
    backoff: Option<Duration>,
    /// Send to a port nobody listens on.
    closed_port: bool,
    /// The clock-skew correction expected afterwards.
    skew: i64,
}

struct Row {
    fault: &'static str,
    acts: Vec<Act>,
    setup: Setup,
    expect: Expect,
}

fn row(fault: &'static str, acts: Vec<Act>, expect: Expect) -> Row {
    Row {
        fault,
        acts,
        setup: Setup::default(),
        expect,
    }
}

fn rows() -> Vec<Row> {
    use Act::*;
    let stall = |secs| Stall(Duration::from_secs(secs), ok());
    let attempt_timeout = Setup {
        attempt_timeout: Some(Duration::from_millis(150)),
        ..Setup::default()
    };
    let server_clock = DateTime::from_secs(NOW + 600);
    vec![
        row(
            "500 InternalErrorException, then success",
            vec![Respond(err(500, "InternalErrorException")), Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "500 on every attempt",
            three(Respond(err(500, "InternalErrorException"))),
            fails(Kind::Service("InternalErrorException"), true, 3),
        ),
        row(
            "502 with no error code on every attempt",
            three(Respond(Canned::json(502, "{}"))),
            fails(
                Kind::Response("error response without an error code"),
                true,
                3,
            ),
        ),
        row(
            "503, then success",
            vec![Respond(Canned::json(503, "{}")), Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "504 twice, then success",
            vec![
                Respond(err(504, "ServiceUnavailable")),
                Respond(Canned::json(504, "{}")),
                Respond(ok()),
            ],
            Expect::Ok(3),
        ),
        row(
            "ThrottlingException on every attempt",
            three(Respond(err(400, "ThrottlingException"))),
            fails(Kind::Service("ThrottlingException"), true, 3),
        ),
        row(
            "TooManyRequestsException, then success",
            vec![Respond(err(400, "TooManyRequestsException")), Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "Cognito's LimitExceededException on every attempt",
            three(Respond(err(400, "LimitExceededException"))),
            fails(Kind::Service("LimitExceededException"), true, 3),
        ),
        row(
            "429 with no code, then success",
            vec![Respond(Canned::json(429, "{}")), Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "non-retryable 4xx: NotAuthorizedException",
            vec![Respond(err(400, "NotAuthorizedException")), Respond(ok())],
            fails(Kind::Service("NotAuthorizedException"), true, 1),
        ),
        row(
            "non-retryable 4xx: 404 with no code",
            vec![Respond(Canned::json(404, "{}")), Respond(ok())],
            fails(
                Kind::Response("error response without an error code"),
                true,
                1,
            ),
        ),
        Row {
            setup: Setup {
                drain_quota: true,
                ..Setup::default()
            },
            ..row(
                "503 with the retry quota spent",
                vec![Respond(Canned::json(503, "{}")), Respond(ok())],
                fails(
                    Kind::Response("error response without an error code"),
                    true,
                    1,
                ),
            )
        },
        row(
            "connection reset before the request is read, then success",
            vec![ResetBeforeRead, Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "connection reset before the request is read, every attempt",
            three(ResetBeforeRead),
            // The client cannot tell whether the bytes it wrote were read.
            fails(Kind::Dispatch, true, 3),
        ),
        row(
            "connection reset after the request is read, then success",
            vec![ResetAfterRead, Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "connection reset after the request is read, every attempt",
            three(ResetAfterRead),
            fails(Kind::Dispatch, true, 3),
        ),
        Row {
            setup: attempt_timeout,
            ..row(
                "a stall past the attempt timeout, then success",
                vec![stall(10), Respond(ok())],
                Expect::Ok(2),
            )
        },
        Row {
            setup: attempt_timeout,
            ..row(
                "a stall past the attempt timeout, every attempt",
                three(stall(10)),
                fails(Kind::Timeout(TimeoutKind::Attempt), true, 3),
            )
        },
        Row {
            setup: Setup {
                operation_timeout: Some(Duration::from_millis(300)),
                ..Setup::default()
            },
            ..row(
                "the operation timeout bounds the whole call",
                three(stall(30)),
                fails(Kind::Timeout(TimeoutKind::Operation), true, 1),
            )
        },
        Row {
            setup: Setup {
                operation_timeout: Some(Duration::from_millis(500)),
                ..Setup::default()
            },
            ..row(
                "the operation timeout counts the attempts it cut short",
                vec![Respond(Canned::json(503, "{}")), stall(30)],
                fails(Kind::Timeout(TimeoutKind::Operation), true, 2),
            )
        },
        Row {
            setup: Setup {
                operation_timeout: Some(Duration::from_millis(500)),
                backoff: Some(Duration::from_secs(10)),
                ..Setup::default()
            },
            ..row(
                "the operation timeout bounds the backoff between attempts",
                vec![Respond(Canned::json(503, "{}")), Respond(ok())],
                fails(Kind::Timeout(TimeoutKind::Operation), true, 1),
            )
        },
        row(
            "a body cut short, then success",
            vec![CutBody(ok()), Respond(ok())],
            Expect::Ok(2),
        ),
        row(
            "a body cut short, every attempt",
            three(CutBody(ok())),
            fails(Kind::Dispatch, true, 3),
        ),
        row(
            "malformed JSON in a 200",
            vec![Respond(Canned::json(200, r#"{"SecretCode": }"#))],
            fails(Kind::Response("not JSON"), true, 1),
        ),
        row(
            "truncated JSON in a 500, every attempt",
            three(Respond(Canned::json(500, r#"{"__type":"Internal"#))),
            fails(
                Kind::Response("error response without an error code"),
                true,
                3,
            ),
        ),
        row(
            "an HTML error page from a proxy (502), every attempt",
            three(Respond(raw(502, "text/html", HTML.as_bytes()))),
            fails(
                Kind::Response("error response without an error code"),
                true,
                3,
            ),
        ),
        row(
            "an HTML page in a 200: not JSON, and never quoted",
            vec![Respond(raw(200, "text/html", HTML.as_bytes()))],
            fails(Kind::Response("not JSON"), true, 1),
        ),
        row(
            "a JSON body labelled text/html in a 200 (moto's Secrets Manager and KMS)",
            vec![Respond(raw(
                200,
                "text/html; charset=utf-8",
                br#"{"SecretCode":"JBSWY3DPEHPK3PXP"}"#,
            ))],
            Expect::Ok(1),
        ),
        Row {
            setup: Setup {
                signed: true,
                skew: 600,
                ..Setup::default()
            },
            ..row(
                "a Date 10 minutes off: the signed request is rejected, corrected and retried",
                vec![
                    CheckSigningTime {
                        server_now: server_clock,
                        ok: ok(),
                    },
                    CheckSigningTime {
                        server_now: server_clock,
                        ok: ok(),
                    },
                ],
                Expect::Ok(2),
            )
        },
        Row {
            setup: Setup {
                skew: 600,
                ..Setup::default()
            },
            ..row(
                "a Date 10 minutes off on a success with a request id: kept for later requests",
                vec![Respond(
                    ok().header("date", &server_clock.fmt_http_date())
                        .header("x-amzn-requestid", "rid-1"),
                )],
                Expect::Ok(1),
            )
        },
        Row {
            setup: Setup {
                closed_port: true,
                ..Setup::default()
            },
            ..row(
                "connection refused",
                vec![],
                fails(Kind::Dispatch, false, 3),
            )
        },
    ]
}

fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[tokio::test]
async fn every_fault_gives_the_right_attempts_and_error() {
    let rows = rows();
    for row in &rows {
        let fault = row.fault;
        let s = row.setup;
        let mut acts = row.acts.clone();
        if s.drain_quota {
            let drain = (0..150).map(|_| Act::Respond(Canned::json(503, "{}")));
            acts.splice(0..0, drain);
        }
        let server = Server::start(acts).await;
        let url = if s.closed_port {
            format!("http://127.0.0.1:{}", closed_port())
        } else {
            server.url()
        };
        let mut b = builder()
            .endpoint_url(url)
            .attempt_timeout(s.attempt_timeout.or(Some(Duration::from_secs(30))))
            .operation_timeout(s.operation_timeout);
        if let Some(d) = s.backoff {
            b = b
                .jitter(|| 1.0)
                .retry_config(RetryConfig::standard().with_initial_backoff(d));
        }
        let client = b.build().unwrap();
        if s.drain_quota {
            for _ in 0..50 {
                assert_eq!(
                    client.send(&op("tok")).await.unwrap_err().attempts(),
                    3,
                    "{fault}"
                );
            }
            assert_eq!(client.retry_tokens(), 0, "{fault}");
        }
        let before = server.acts_taken();
        let result = if s.signed {
            client.send(&SignedOp(op("tok"))).await
        } else {
            client.send(&op("tok")).await
        };
        let taken = server.acts_taken() - before;
        match (&row.expect, result) {
            (Expect::Ok(attempts), Ok(out)) => {
                assert_eq!(taken, *attempts, "{fault}: attempts");
                assert_eq!(out.secret_code.unwrap().expose(), "JBSWY3DPEHPK3PXP");
            }
            (
                Expect::Err {
                    kind,
                    may_have_been_sent,
                    attempts,
                },
                Err(e),
            ) => {
                assert_eq!(e.attempts(), *attempts, "{fault}: attempts; {e:#}");
                if !s.closed_port {
                    assert_eq!(taken, *attempts as usize, "{fault}: attempts at the server");
                }
                assert_eq!(
                    e.may_have_been_sent(),
                    *may_have_been_sent,
                    "{fault}: may_have_been_sent; {e:#}"
                );
                let matched = match kind {
                    Kind::Service(code) => e.code() == Some(*code),
                    Kind::Response(reason) => {
                        e.response_details().is_some_and(|d| d.reason == *reason)
                    }
                    Kind::Dispatch => e.is_dispatch(),
                    Kind::Timeout(t) => e.timeout_kind() == Some(*t),
                };
                assert!(matched, "{fault}: expected {kind:?}, got {e:#}");
                if let Some(d) = e.response_details()
                    && d.status.is_some_and(|s| (200..300).contains(&s))
                {
                    assert_eq!(d.excerpt, None, "{fault}: a 2xx body is quoted: {e:#}");
                }
                // Every error reads as one line naming the operation.
                let line = e.to_string();
                assert!(
                    line.starts_with("AssociateSoftwareToken") || line.starts_with("AdminGetUser"),
                    "{fault}: {line}"
                );
            }
            (expect, got) => panic!("{fault}: expected {expect:?}, got {got:?}"),
        }
        assert_eq!(client.clock_skew(), s.skew, "{fault}: clock skew");
    }
    assert_eq!(rows.len(), 31);
}

#[tokio::test]
async fn the_skew_server_really_rejects_a_stale_signing_time() {
    // Without the correction (retries off) the same server refuses the
    // request: the row above passes because of the retry, not by accident.
    let server_now = DateTime::from_secs(NOW + 600);
    let server = Server::start(vec![Act::CheckSigningTime {
        server_now,
        ok: ok(),
    }])
    .await;
    let client = builder()
        .endpoint_url(server.url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    let e = client.send(&SignedOp(op("tok"))).await.unwrap_err();
    assert_eq!(e.code(), Some("InvalidSignatureException"));
    assert_eq!(client.clock_skew(), 600);
}

// --- hostile responses ------------------------------------------------------

/// What a hostile response must give.
enum Hostile {
    /// An undecodable-response error with this reason.
    Reason(&'static str),
    /// A service error with this code.
    Code(&'static str),
}

#[tokio::test]
async fn hostile_responses_are_specific_errors() {
    let deep_list = "[".repeat(10_000);
    let balanced_list = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_document = format!(
        r#"{{"Name":"n","Document":{}1{}}}"#,
        r#"{"a":"#.repeat(10_000),
        "}".repeat(10_000)
    );
    let deep_nested = format!(
        r#"{{"Name":"n",{}"Name":"m"{}}}"#,
        r#""Nested":{"#.repeat(10_000),
        "}".repeat(10_000)
    );
    let huge = format!(r#"{{"Name":"{}"}}"#, "x".repeat(300 * 1024));
    let cases: Vec<(&str, Canned, Hostile)> = vec![
        (
            "a body over the cap",
            Canned::json(200, &huge),
            Hostile::Reason("response body over the 262144 byte limit"),
        ),
        (
            "an error body over the cap",
            Canned::json(400, &huge),
            Hostile::Reason("response body over the 262144 byte limit"),
        ),
        (
            "10,000 unclosed [ in a 200",
            Canned::json(200, &deep_list),
            Hostile::Reason("truncated JSON"),
        ),
        (
            "10,000 nested lists in a 200",
            Canned::json(200, &balanced_list),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "10,000 nested objects in a document member",
            Canned::json(200, &deep_document),
            Hostile::Reason("JSON nested too deeply"),
        ),
        (
            "10,000 nested structures of the output's own recursive shape",
            Canned::json(200, &deep_nested),
            Hostile::Reason("JSON nested too deeply"),
        ),
        (
            "10,000 [ in a 400",
            Canned::json(400, &deep_list),
            Hostile::Reason("error response without an error code"),
        ),
        (
            "invalid UTF-8 in a 200",
            raw(
                200,
                "application/x-amz-json-1.0",
                b"{\"Name\":\"\xff\xfe\"}",
            ),
            Hostile::Reason("not JSON"),
        ),
        (
            "invalid UTF-8 in a 400",
            raw(400, "application/x-amz-json-1.0", b"\xff\xfe\xfd"),
            Hostile::Reason("error response without an error code"),
        ),
        (
            "a string where a number goes",
            Canned::json(200, r#"{"Name":"n","Integer":"seven"}"#),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "a number out of range",
            Canned::json(200, r#"{"Name":"n","Byte":300}"#),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "an object where a list goes",
            Canned::json(200, r#"{"Name":"n","List":{"a":1}}"#),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "duplicate keys",
            Canned::json(200, r#"{"Name":"a","Name":"b"}"#),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "a JSON array at the top level",
            Canned::json(200, "[]"),
            Hostile::Reason("body does not match the output"),
        ),
        (
            "trailing garbage",
            Canned::json(200, r#"{"Name":"n"} {}"#),
            Hostile::Reason("not JSON"),
        ),
        (
            "a 2xx with an error body",
            Canned::json(200, r#"{"__type":"X","message":"m"}"#),
            Hostile::Code("X"),
        ),
        (
            "a 2xx with an X-Amzn-ErrorType header",
            Canned::json(200, r#"{"Name":"n"}"#).header("x-amzn-errortype", "Y:"),
            Hostile::Code("Y"),
        ),
        (
            "a 2xx with a namespaced __type",
            Canned::json(200, r#"{"Name":"n","__type":"com.amazon#Z:http://x"}"#),
            Hostile::Code("Z"),
        ),
    ];
    for (name, canned, expect) in cases {
        let server = Server::start(vec![Act::Respond(canned)]).await;
        let client = builder()
            .endpoint_url(server.url())
            .max_response_bytes(256 * 1024)
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let op = Everything { value: None };
        let e = client.send(&op).await.unwrap_err();
        assert_eq!(e.attempts(), 1, "{name}");
        match expect {
            Hostile::Reason(reason) => {
                let d = e
                    .response_details()
                    .unwrap_or_else(|| panic!("{name}: {e:#}"));
                assert_eq!(d.reason, reason, "{name}: {e:#}");
            }
            Hostile::Code(code) => {
                assert_eq!(e.code(), Some(code), "{name}: {e:#}");
                assert_eq!(e.status(), Some(200), "{name}");
            }
        }
        if name == "duplicate keys" {
            assert!(
                format!("{e:#}").contains("duplicate member `Name`"),
                "{e:#}"
            );
        }
    }
    // Smithy's client error correction: a required member that is missing
    // or `null` is its zero value, and `null`s in dense collections are
    // skipped, rather than failing the whole response.
    for body in [
        r#"{"String":"s","List":[null,"a",null],"Map":{"x":null,"y":1}}"#,
        r#"{"Name":null,"String":"s","List":["a"],"Map":{"y":1}}"#,
    ] {
        let server = Server::start(vec![Act::Respond(Canned::json(200, body))]).await;
        let client = builder()
            .endpoint_url(server.url())
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let out = client.send(&Everything { value: None }).await.unwrap();
        assert_eq!(out.name, "", "{body}");
        assert_eq!(out.string.as_deref(), Some("s"));
        assert_eq!(out.list, Some(vec!["a".to_owned()]), "{body}");
        assert_eq!(
            out.map,
            Some([("y".to_owned(), 1)].into_iter().collect()),
            "{body}"
        );
    }
}

// --- hostile configuration --------------------------------------------------

#[tokio::test]
async fn hostile_configuration_fails_before_anything_is_sent() {
    let rec = Recorder::new(vec![]);
    let with_rec = || builder().transport(rec.clone());
    // Code: `bad_configuration_fails_at_build` in tests/client.rs covers a
    // region with a dot, ftp:// and user info; these are the rest.
    for (region, url) in [
        ("us-east-1/../x", None),
        ("us-east-1.evil.com", None),
        ("US-EAST-1", None),
        ("us-east-1\0", None),
        ("us-east-1", Some("https://user:hunter2@example.com")),
        ("us-east-1", Some("file:///etc/passwd")),
        ("us-east-1", Some("javascript:alert(1)")),
        ("us-east-1", Some("http://")),
        ("us-east-1", Some("https://example.com?x=hunter2")),
        ("us-east-1", Some("https://exa mple.com")),
    ] {
        let mut b = with_rec().region(region);
        if let Some(url) = url {
            b = b.endpoint_url(url);
        }
        let e = b.build().unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    // The environment: a bad endpoint URL is a construction error at send
    // time (it is per service), never a request.
    let env = Env::from_pairs([
        ("AWS_ENDPOINT_URL", "https://user:hunter2@example.com"),
        ("AWS_CONFIG_FILE", "/nonexistent/awsop/config"),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/awsop/credentials",
        ),
        ("AWS_REGION", "us-east-1"),
    ]);
    let client = ClientBuilder::from_env(env)
        .unwrap()
        .transport(rec.clone())
        .build()
        .unwrap();
    let e = client.send(&op("tok")).await.unwrap_err();
    assert!(e.is_construction() && !e.may_have_been_sent(), "{e:?}");
    assert_eq!(e.attempts(), 0);
    assert!(!format!("{e} {e:?}").contains("hunter2"), "{e:?}");

    let region_env = |region: &str| {
        Env::from_pairs([
            ("AWS_REGION", region),
            ("AWS_CONFIG_FILE", "/nonexistent/awsop/config"),
            (
                "AWS_SHARED_CREDENTIALS_FILE",
                "/nonexistent/awsop/credentials",
            ),
        ])
    };
    assert!(ClientBuilder::from_env(region_env("eu-west-1/x")).is_err());
    assert!(ClientBuilder::from_env(region_env("eu-west-1.x")).is_err());

    // A profile file with NUL bytes, and one whose region has a slash.
    let dir = TempDir::new();
    let nul = dir.write_bytes("nul", b"[default]\nregion = us-east-1\0\n");
    let slash = dir.write("slash", "[default]\nregion = us-east-1/../evil\n");
    let files = |config: &str| {
        Env::from_pairs([
            ("AWS_CONFIG_FILE", config),
            (
                "AWS_SHARED_CREDENTIALS_FILE",
                "/nonexistent/awsop/credentials",
            ),
        ])
    };
    let e = ClientBuilder::from_env(files(&nul)).unwrap_err();
    assert!(e.to_string().contains("NUL"), "{e}");
    let source = std::error::Error::source(&e)
        .and_then(|s| s.downcast_ref::<awsop::profile::ProfileError>())
        .unwrap();
    assert_eq!(source.kind(), ProfileErrorKind::NulByte);
    assert!(ClientBuilder::from_env(files(&slash)).is_err());

    assert!(rec.requests().is_empty(), "nothing was sent");
}
