#![allow(clippy::unwrap_used)]
//! `ClientBuilder::from_env`: region, credentials, endpoints and retries from
//! a fake environment and profile files written by the test.

mod support;

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
        "AWS_RETRY_MODE: unknown retry mode \"fast\": expected `standard`"
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
