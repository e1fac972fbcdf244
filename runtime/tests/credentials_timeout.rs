#![allow(clippy::unwrap_used)]
//! Loading credentials is bounded by the client's credentials load timeout
//! (5 s by default), and the error names the provider that did not answer.

use awsop_test_support::loopback as support;

use std::borrow::Cow;
use std::error::Error as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsop::Client;
use awsop::credentials::{
    BoxFuture, Credentials, CredentialsError, CredentialsErrorKind, ProvideCredentials,
};
use awsop::transport::AsyncSleep;
use support::*;

/// A timer that fires at once and records what it was asked to wait.
#[derive(Debug, Default, Clone)]
struct InstantSleep(Arc<Mutex<Vec<Duration>>>);

impl InstantSleep {
    fn waits(&self) -> Vec<Duration> {
        self.0.lock().unwrap().clone()
    }
}

impl AsyncSleep for InstantSleep {
    fn sleep(&self, d: Duration) -> awsop::transport::BoxFuture<'static, ()> {
        self.0.lock().unwrap().push(d);
        Box::pin(async {})
    }
}

/// A provider that never answers, with a name.
#[derive(Debug)]
struct Never;

impl ProvideCredentials for Never {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(std::future::pending())
    }

    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("vault `prod`")
    }
}

/// A provider that never answers and keeps the default name.
#[derive(Debug)]
struct Silent;

impl ProvideCredentials for Silent {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(std::future::pending())
    }
}

/// Sends a signed operation; a generous real bound turns a hang into a
/// failure (the fake timer fires at once, so a fixed client never waits).
async fn send_signed(client: &Client) -> awsop::Error<AssociateSoftwareTokenError> {
    tokio::time::timeout(Duration::from_secs(60), client.send(&SignedOp(op("t"))))
        .await
        .expect("send hung waiting for credentials")
        .unwrap_err()
}

fn credentials_error(err: &awsop::Error<AssociateSoftwareTokenError>) -> &CredentialsError {
    err.source()
        .and_then(|s| s.downcast_ref::<CredentialsError>())
        .unwrap()
}

#[tokio::test]
async fn a_provider_that_never_answers_times_out_after_the_default() {
    let sleep = InstantSleep::default();
    let rec = Recorder::new(vec![]);
    let client = Client::builder()
        .region("us-east-1")
        .credentials_provider(Never)
        .transport(rec.clone())
        .sleep_impl(sleep.clone())
        .build()
        .unwrap();
    let err = send_signed(&client).await;
    assert!(err.is_credentials(), "{err:?}");
    assert!(!err.may_have_been_sent());
    assert_eq!(
        err.to_string(),
        "AdminGetUser was not sent: no credentials to sign it with"
    );
    assert_eq!(
        format!("{err:#}"),
        "AdminGetUser was not sent: no credentials to sign it with: \
         vault `prod`: no credentials within 5s (the credentials load timeout)"
    );
    assert_eq!(
        credentials_error(&err).kind(),
        CredentialsErrorKind::TimedOut
    );
    assert_eq!(
        sleep.waits(),
        [awsop::client::DEFAULT_CREDENTIALS_LOAD_TIMEOUT]
    );
    assert_eq!(
        awsop::client::DEFAULT_CREDENTIALS_LOAD_TIMEOUT,
        Duration::from_secs(5)
    );
    assert!(rec.requests().is_empty());
}

#[tokio::test]
async fn the_timeout_is_configurable_and_applies_without_the_cache() {
    let sleep = InstantSleep::default();
    let client = Client::builder()
        .region("us-east-1")
        .credentials_provider(Silent)
        .cache_credentials(false)
        .credentials_load_timeout(Duration::from_millis(250))
        .transport(Recorder::new(vec![]))
        .sleep_impl(sleep.clone())
        .build()
        .unwrap();
    let err = send_signed(&client).await;
    assert!(err.is_credentials());
    // A provider without a name of its own is named by its type.
    assert_eq!(
        credentials_error(&err).to_string(),
        "credentials_timeout::Silent: no credentials within 250ms (the credentials load timeout)"
    );
    assert_eq!(sleep.waits(), [Duration::from_millis(250)]);
}

#[tokio::test]
async fn without_a_load_timeout_a_slow_provider_is_awaited() {
    /// Answers on its second poll.
    #[derive(Debug)]
    struct Slow;
    impl ProvideCredentials for Slow {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            Box::pin(async {
                tokio::task::yield_now().await;
                Ok(Credentials::new("AKIDSLOW", "s", None, None, "slow"))
            })
        }
    }
    let sleep = InstantSleep::default();
    let rec = Recorder::new(vec![Ok(Canned::json(200, "{}"))]);
    let client = Client::builder()
        .region("us-east-1")
        .credentials_provider(Slow)
        .credentials_load_timeout(None)
        .transport(rec.clone())
        .sleep_impl(sleep.clone())
        .attempt_timeout(None)
        .build()
        .unwrap();
    client.send(&SignedOp(op("t"))).await.unwrap();
    assert!(sleep.waits().is_empty(), "{:?}", sleep.waits());
    assert_eq!(rec.requests().len(), 1);
}

/// Through `from_env`: a profile whose `credential_process` hangs. The error
/// names the chain's step, and the process is killed.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_hanging_credential_process_in_the_default_chain_is_named_and_killed() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("pid");
    let config = dir.write(
        "config",
        &format!(
            "[profile slow]\nregion = us-east-1\ncredential_process = sh -c 'echo $$ > {}; exec sleep 1000'\n",
            pid_file.display()
        ),
    );
    let env = awsop::env::Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
        ("AWS_PROFILE", "slow"),
    ]);
    let client = awsop::ClientBuilder::from_env(env)
        .unwrap()
        // Long enough that the profile is read and the command has started.
        .credentials_load_timeout(Duration::from_secs(1))
        .transport(Recorder::new(vec![]))
        .build()
        .unwrap();
    let err = send_signed(&client).await;
    assert!(err.is_credentials());
    assert_eq!(
        credentials_error(&err).to_string(),
        "default chain, at profile `slow` (credential_process): no credentials within 1s \
         (the credentials load timeout)"
    );
    let mut pid = None;
    for _ in 0..1000 {
        pid = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok());
        if pid.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let pid = pid.expect("the command never wrote its pid");
    let mut gone = false;
    for _ in 0..1000 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if stat.is_empty()
            || stat
                .rsplit_once(')')
                .unwrap()
                .1
                .trim_start()
                .starts_with('Z')
        {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        gone,
        "credential_process still runs after the load timed out"
    );
}

/// A provider that answers at once and counts its calls.
#[derive(Debug, Default, Clone)]
struct Counting(Arc<Mutex<u32>>);

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        *self.0.lock().unwrap() += 1;
        Box::pin(async { Ok(Credentials::new("AKID", "SECRET", None, None, "counting")) })
    }
}

#[tokio::test]
async fn a_cache_hit_starts_no_load_timer() {
    let sleep = InstantSleep::default();
    let provider = Counting::default();
    let client = Client::builder()
        .region("us-east-1")
        .credentials_provider(provider.clone())
        .transport(Recorder::new(
            (0..3)
                .map(|_| Ok(Canned::json(400, r#"{"__type":"NotAuthorizedException"}"#)))
                .collect(),
        ))
        .sleep_impl(sleep.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        let err = send_signed(&client).await;
        assert!(err.is_service(), "{err:?}");
    }
    assert_eq!(*provider.0.lock().unwrap(), 1);
    let load_timers = sleep
        .waits()
        .into_iter()
        .filter(|d| *d == awsop::client::DEFAULT_CREDENTIALS_LOAD_TIMEOUT)
        .count();
    // Only the first send loads; the others take the cached credentials.
    assert_eq!(load_timers, 1);
}
