#![allow(clippy::unwrap_used)]
//! `ClientBuilder::from_env`: region, credentials, endpoints and retries from
//! a fake environment and profile files written by the test.

use awsop_test_support::loopback as support;

use awsop::ClientBuilder;
use awsop::env::Env;
use awsop::time::{DateTime, FixedClock};
use support::*;

fn ok() -> Canned {
    Canned::json(200, "{}")
}

async fn first_request(builder: ClientBuilder, signed: bool) -> http::Request<Vec<u8>> {
    let rec = Recorder::new(vec![Ok(ok())]);
    let client = builder
        .transport(rec.clone())
        .clock(FixedClock::new(DateTime::from_secs(1_764_590_400)))
        .build()
        .unwrap();
    if signed {
        client.send(&SignedOp(op("t"))).await.unwrap();
    } else {
        client.send(&op("t")).await.unwrap();
    }
    rec.requests().remove(0)
}

fn auth(r: &http::Request<Vec<u8>>) -> String {
    r.headers()["authorization"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn environment_credentials_region_and_service_endpoint() {
    let env = Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "secret-from-env"),
        ("AWS_SESSION_TOKEN", "token-from-env"),
        ("AWS_REGION", "eu-west-1"),
        ("AWS_DEFAULT_REGION", "us-west-2"),
        ("AWS_ENDPOINT_URL", "http://global.invalid:1"),
        (
            "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
            "http://127.0.0.1:4566",
        ),
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]);
    let r = first_request(ClientBuilder::from_env(env).unwrap(), true).await;
    assert_eq!(r.uri().to_string(), "http://127.0.0.1:4566/");
    assert!(
        auth(&r).starts_with(
            "AWS4-HMAC-SHA256 Credential=AKIDENV/20251201/eu-west-1/cognito-idp/aws4_request"
        ),
        "{}",
        auth(&r)
    );
    assert_eq!(r.headers()["x-amz-security-token"], "token-from-env");
}

#[tokio::test]
async fn profile_files_give_region_credentials_and_endpoints() {
    let dir = TempDir::new();
    let config = dir.write(
        "config",
        "[default]\nregion = us-east-1\n\n[profile dev]\nregion = ap-southeast-2\nservices = local\nmax_attempts = 5\n\n[services local]\ncognito_identity_provider =\n  endpoint_url = http://127.0.0.1:9999\n",
    );
    let credentials = dir.write(
        "credentials",
        "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = secret-from-file\n",
    );
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.as_str()),
        ("AWS_PROFILE", "dev"),
    ]);
    let r = first_request(ClientBuilder::from_env(env).unwrap(), true).await;
    assert_eq!(r.uri().to_string(), "http://127.0.0.1:9999/");
    assert!(
        auth(&r)
            .contains("Credential=AKIDPROFILE/20251201/ap-southeast-2/cognito-idp/aws4_request"),
        "{}",
        auth(&r)
    );
    assert_eq!(r.headers()["amz-sdk-request"], "attempt=1; max=5");
}

#[tokio::test]
async fn without_overrides_the_endpoint_comes_from_the_partition() {
    let env = Env::from_pairs([
        ("AWS_REGION", "cn-north-1"),
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]);
    let client = ClientBuilder::from_env(env).unwrap().build().unwrap();
    let e = client.endpoint(&COGNITO).unwrap();
    assert_eq!(e.url(), "https://cognito-idp.cn-north-1.amazonaws.com.cn");
    let env = Env::from_pairs([
        ("AWS_REGION", "us-gov-west-1"),
        ("AWS_USE_FIPS_ENDPOINT", "true"),
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]);
    let client = ClientBuilder::from_env(env).unwrap().build().unwrap();
    let e = client.endpoint(&COGNITO).unwrap();
    assert_eq!(
        e.url(),
        "https://cognito-idp-fips.us-gov-west-1.amazonaws.com"
    );
}

#[tokio::test]
async fn ignore_configured_endpoint_urls_keeps_only_code() {
    let env = Env::from_pairs([
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"),
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]);
    let client = ClientBuilder::from_env(env.clone())
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(
        client.endpoint(&COGNITO).unwrap().url(),
        "https://cognito-idp.us-east-1.amazonaws.com"
    );
    let client = ClientBuilder::from_env(env)
        .unwrap()
        .endpoint_url("http://127.0.0.1:5000")
        .build()
        .unwrap();
    assert_eq!(
        client.endpoint(&COGNITO).unwrap().url(),
        "http://127.0.0.1:5000"
    );
}

#[tokio::test]
async fn unsigned_operations_never_ask_the_chain() {
    // A credential_process that would fail loudly if it were ever run.
    let dir = TempDir::new();
    let config = dir.write(
        "config",
        "[default]\nregion = us-east-1\ncredential_process = sh -c 'exit 3'\n",
    );
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:1"),
    ]);
    let r = first_request(ClientBuilder::from_env(env.clone()).unwrap(), false).await;
    assert!(r.headers().get("authorization").is_none());

    let rec = Recorder::new(vec![]);
    let client = ClientBuilder::from_env(env)
        .unwrap()
        .transport(rec.clone())
        .build()
        .unwrap();
    let err = client.send(&SignedOp(op("t"))).await.unwrap_err();
    assert!(err.is_credentials(), "{err:?}");
    assert!(rec.requests().is_empty());
}

#[test]
fn bad_settings_are_specific_errors() {
    let base = [
        ("AWS_CONFIG_FILE", "/nonexistent/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ];
    let with = |k: &'static str, v: &'static str| {
        let mut pairs = base.to_vec();
        pairs.push((k, v));
        ClientBuilder::from_env(Env::from_pairs(pairs))
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        with("AWS_RETRY_MODE", "fast"),
        "AWS_RETRY_MODE: unknown retry mode \"fast\": expected `standard`, `adaptive` or `legacy`"
    );
    assert!(with("AWS_MAX_ATTEMPTS", "0").starts_with("AWS_MAX_ATTEMPTS: invalid max attempts"));
    assert!(with("AWS_REGION", "a/b").contains("a/b"));
    assert!(with("AWS_USE_FIPS_ENDPOINT", "yes").contains("AWS_USE_FIPS_ENDPOINT"));

    let dir = TempDir::new();
    let config = dir.write(
        "config",
        "[default]\nregion = us-east-1\nnot a property line\n",
    );
    let err = ClientBuilder::from_env(Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]))
    .unwrap_err()
    .to_string();
    assert!(err.contains(&config) && err.contains("line 3"), "{err}");
    assert!(!err.contains("not a property line"), "{err}");
}

/// A timer that records what it was asked to sleep and returns at once.
#[derive(Debug, Clone, Default)]
struct RecordingSleep(std::sync::Arc<std::sync::Mutex<Vec<std::time::Duration>>>);

impl awsop::transport::AsyncSleep for RecordingSleep {
    fn sleep(&self, d: std::time::Duration) -> awsop::transport::BoxFuture<'static, ()> {
        self.0.lock().unwrap().push(d);
        Box::pin(async {})
    }
}

fn throttled() -> Canned {
    Canned::json(400, r#"{"__type":"ThrottlingException"}"#)
}

/// Sends one operation through a client built from `env`, over `script`;
/// returns the attempts made and every sleep (backoff is zero: only the
/// adaptive rate limiter sleeps).
async fn run(env: Env, script: Vec<Canned>) -> (usize, Vec<std::time::Duration>) {
    let rec = Recorder::new(script.into_iter().map(Ok).collect());
    let sleep = RecordingSleep::default();
    let client = ClientBuilder::from_env(env)
        .unwrap()
        .transport(rec.clone())
        .sleep_impl(sleep.clone())
        .jitter(|| 0.0)
        .clock(FixedClock::new(DateTime::from_secs(1_764_590_400)))
        .build()
        .unwrap();
    // A token that is no part of the error body: scrubbing a short secret
    // from error bodies is another item's business.
    let _ = client.send(&op("token-1234")).await;
    let sleeps = sleep.0.lock().unwrap().clone();
    (rec.requests().len(), sleeps)
}

#[tokio::test]
async fn retry_modes_from_the_environment_and_profiles() {
    let dir = TempDir::new();
    let env = |mode_env: Option<&str>, config: &str| {
        let config = dir.write("config", config);
        let mut pairs = vec![
            ("AWS_CONFIG_FILE".to_owned(), config),
            (
                "AWS_SHARED_CREDENTIALS_FILE".to_owned(),
                "/nonexistent/credentials".to_owned(),
            ),
            ("AWS_REGION".to_owned(), "us-east-1".to_owned()),
        ];
        if let Some(m) = mode_env {
            pairs.push(("AWS_RETRY_MODE".to_owned(), m.to_owned()));
        }
        Env::from_pairs(pairs)
    };
    let script = || vec![throttled(), ok(), ok()];

    // Standard: the retry after a throttle goes at once.
    let (attempts, sleeps) = run(env(None, "[default]\n"), script()).await;
    assert_eq!((attempts, sleeps), (2, vec![]));

    // Adaptive, from the environment or the profile: after the throttle the
    // client-side rate limiter (empty bucket, 0.5 tokens/s) holds the retry
    // for 2 s.
    for e in [
        env(Some("adaptive"), "[default]\n"),
        env(None, "[default]\nretry_mode = adaptive\n"),
    ] {
        let (attempts, sleeps) = run(e, script()).await;
        assert_eq!(attempts, 2);
        assert_eq!(sleeps, vec![std::time::Duration::from_secs(2)]);
    }

    // Legacy: 5 attempts, as botocore's legacy mode; max_attempts still wins.
    let five = || {
        vec![
            throttled(),
            throttled(),
            throttled(),
            throttled(),
            throttled(),
        ]
    };
    let (attempts, _) = run(env(Some("legacy"), "[default]\n"), five()).await;
    assert_eq!(attempts, 5);
    let (attempts, _) = run(
        env(None, "[default]\nretry_mode = legacy\nmax_attempts = 2\n"),
        five(),
    )
    .await;
    assert_eq!(attempts, 2);

    // Errors name where the value came from.
    let config = dir.write("config", "[default]\nretry_mode = fast\n");
    let err = ClientBuilder::from_env(Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]))
    .unwrap_err()
    .to_string();
    assert_eq!(
        err,
        format!(
            "profile `default` key retry_mode in {config}: unknown retry mode \"fast\": expected `standard`, `adaptive` or `legacy`"
        )
    );
    let config = dir.write(
        "config",
        "[profile dev]\nmax_attempts = many\nuse_fips_endpoint = yes\n",
    );
    let files = |extra: Option<(&'static str, &'static str)>| {
        let mut pairs = vec![
            ("AWS_CONFIG_FILE", config.as_str()),
            ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
            ("AWS_PROFILE", "dev"),
        ];
        pairs.extend(extra);
        ClientBuilder::from_env(Env::from_pairs(pairs))
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    let err = files(Some(("AWS_USE_FIPS_ENDPOINT", "false")));
    assert_eq!(
        err,
        format!(
            "profile `dev` key max_attempts in {config}: invalid max attempts \"many\": expected a whole number of at least 1"
        )
    );
    let err = files(None);
    assert!(
        err.contains(&format!("profile `dev` key use_fips_endpoint in {config}")),
        "{err}"
    );
}

/// Configuration is read once, by `from_env`: files replaced on disk
/// afterwards change neither the credentials nor the endpoint of a later
/// send (the credentials chain reads the profiles `from_env` loaded).
#[tokio::test]
async fn the_shared_files_are_read_once_by_from_env() {
    let dir = TempDir::new();
    let config = dir.write(
        "config",
        "[default]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:7001\n",
    );
    let credentials = dir.write(
        "credentials",
        "[default]\naws_access_key_id = AKIDFIRST\naws_secret_access_key = first-secret\n",
    );
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.as_str()),
    ]);
    let builder = ClientBuilder::from_env(env).unwrap();
    dir.write(
        "config",
        "[default]\nregion = us-west-2\nendpoint_url = http://127.0.0.1:7002\n",
    );
    dir.write(
        "credentials",
        "[default]\naws_access_key_id = AKIDSECOND\naws_secret_access_key = second-secret\n",
    );
    let r = first_request(builder, true).await;
    assert_eq!(r.uri().to_string(), "http://127.0.0.1:7001/");
    assert!(
        auth(&r).contains("Credential=AKIDFIRST/20251201/eu-west-1/"),
        "{}",
        auth(&r)
    );
}
