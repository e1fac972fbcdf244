use super::*;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use crate::env::Env;
use crate::profile::ProfileSet;
use crate::rt::run_on_thread;
use crate::time::FixedClock;
use std::sync::atomic::{AtomicUsize, Ordering};

fn creds(expiry: Option<DateTime>) -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG",
        Some("FwoGZXIvYXdzEXAMPLE".to_owned()),
        expiry,
        "test",
    )
}

/// Runs a future to completion on the current thread, parking between polls.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

fn poll_once<F: Future + Unpin>(future: &mut F) -> Poll<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    Pin::new(future).poll(&mut cx)
}

#[test]
fn debug_prints_the_key_id_and_redacts_the_rest() {
    let c = creds(Some(DateTime::from_secs(1_440_938_160)));
    assert_eq!(
        format!("{c:?}"),
        "Credentials { provider_name: \"test\", access_key_id: \"AKIDEXAMPLE\", \
         secret_access_key: <redacted>, session_token: Some(<redacted>), expiry: Some(2015-08-30T12:36:00Z) }"
    );
    let long_term = Credentials::new("AKID", "s", None, None, "static");
    assert_eq!(
        format!("{long_term:?}"),
        "Credentials { provider_name: \"static\", access_key_id: \"AKID\", \
         secret_access_key: <redacted>, session_token: None, expiry: None }"
    );
    assert_eq!(c.secret_access_key(), "wJalrXUtnFEMI/K7MDENG");
    assert_eq!(c.session_token(), Some("FwoGZXIvYXdzEXAMPLE"));
    assert_eq!(c.expiry().map(|e| e.secs()), Some(1_440_938_160));
    let provider = StaticProvider::new(c);
    assert!(!format!("{provider:?}").contains("wJalr"));
}

#[test]
fn static_provider_gives_its_credentials() {
    let got = block_on(StaticProvider::new(creds(None)).provide_credentials()).unwrap();
    assert_eq!(got.access_key_id(), "AKIDEXAMPLE");
}

#[test]
fn environment_provider() {
    let env = Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "envsecret"),
        ("AWS_SESSION_TOKEN", "envtoken"),
    ]);
    let got = block_on(EnvironmentProvider::new(env).provide_credentials()).unwrap();
    assert_eq!(
        (
            got.access_key_id(),
            got.secret_access_key(),
            got.session_token()
        ),
        ("AKIDENV", "envsecret", Some("envtoken"))
    );
    assert_eq!(got.provider_name(), "environment");

    let none =
        block_on(EnvironmentProvider::new(Env::from_pairs::<&str, &str>([])).provide_credentials());
    let err = none.unwrap_err();
    assert!(err.is_not_loaded());
    assert_eq!(err.to_string(), "environment: AWS_ACCESS_KEY_ID not set");

    let half = Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", ""),
    ]);
    let err = block_on(EnvironmentProvider::new(half).provide_credentials()).unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::InvalidConfiguration);
    assert_eq!(
        err.to_string(),
        "environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"
    );
    let other_half = Env::from_pairs([("AWS_SECRET_ACCESS_KEY", "envsecret")]);
    let err = block_on(EnvironmentProvider::new(other_half).provide_credentials()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not"
    );
}

fn profiles(config: &str, credentials: &str, selected: &str) -> ProfileSet {
    ProfileSet::parse(
        Some((Path::new("/home/u/.aws/config"), config)),
        Some((Path::new("/home/u/.aws/credentials"), credentials)),
        selected,
    )
    .unwrap()
}

fn from_profile(
    config: &str,
    credentials: &str,
    selected: &str,
) -> Result<Credentials, CredentialsError> {
    block_on(
        ProfileProvider::from_profile_set(profiles(config, credentials, selected))
            .provide_credentials(),
    )
}

#[test]
fn profile_provider_static_keys() {
    let got = from_profile(
        "[profile dev]\nregion = eu-west-1\n",
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = devsecret\naws_session_token = devtoken\n",
        "dev",
    )
    .unwrap();
    assert_eq!(
        (
            got.access_key_id(),
            got.secret_access_key(),
            got.session_token()
        ),
        ("AKIDDEV", "devsecret", Some("devtoken"))
    );
    assert_eq!(got.provider_name(), "profile");
}

#[test]
fn profile_provider_errors() {
    let cases = [
        (
            "",
            "",
            "default",
            CredentialsErrorKind::NotLoaded,
            "profile `default`: no such profile in /home/u/.aws/config or /home/u/.aws/credentials",
        ),
        (
            "",
            "",
            "dev",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `dev`: no such profile in /home/u/.aws/config or /home/u/.aws/credentials",
        ),
        (
            "[default]\nregion = us-east-1",
            "",
            "default",
            CredentialsErrorKind::NotLoaded,
            "profile `default`: no aws_access_key_id or credential_process",
        ),
        (
            "",
            "[default]\naws_access_key_id = AKID",
            "default",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `default` has aws_access_key_id but no aws_secret_access_key",
        ),
        (
            "",
            "[default]\naws_secret_access_key = topsecret",
            "default",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `default` has aws_secret_access_key but no aws_access_key_id",
        ),
        (
            "[profile x]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = default",
            "[x]\naws_access_key_id = AKID\naws_secret_access_key = s",
            "x",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `x` uses role_arn, which awsop does not support yet",
        ),
        (
            "[profile x]\nsso_session = corp\n[sso-session corp]\nsso_start_url = https://x",
            "",
            "x",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `x` uses sso_session, which awsop does not support yet",
        ),
        (
            "[profile x]\nsso_start_url = https://x\nsso_account_id = 1",
            "",
            "x",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `x` uses sso_start_url, which awsop does not support yet",
        ),
        (
            "[profile x]\nweb_identity_token_file = /t\n",
            "",
            "x",
            CredentialsErrorKind::InvalidConfiguration,
            "profile `x` uses web_identity_token_file, which awsop does not support yet",
        ),
    ];
    for (config, credentials, selected, kind, message) in cases {
        let err = from_profile(config, credentials, selected).unwrap_err();
        assert_eq!((err.kind(), err.to_string().as_str()), (kind, message));
        assert!(!format!("{err:?}").contains("topsecret"));
    }
}

#[test]
fn default_chain_lists_every_provider_when_none_has_credentials() {
    let env = Env::from_pairs([("HOME", "/nonexistent-awsop-home")]);
    let err = block_on(DefaultChain::new(env).provide_credentials()).unwrap_err();
    assert!(err.is_not_loaded());
    assert_eq!(
        err.to_string(),
        "no credentials found: environment: AWS_ACCESS_KEY_ID not set; profile `default`: \
         no such profile in /nonexistent-awsop-home/.aws/config or /nonexistent-awsop-home/.aws/credentials"
    );
}

#[test]
fn default_chain_prefers_the_environment_and_stops_on_bad_configuration() {
    let env = Env::from_pairs([
        ("HOME", "/nonexistent-awsop-home"),
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "s"),
    ]);
    let got = block_on(DefaultChain::new(env).provide_credentials()).unwrap();
    assert_eq!(got.provider_name(), "environment");

    let env = Env::from_pairs([
        ("HOME", "/nonexistent-awsop-home"),
        ("AWS_PROFILE", "missing"),
    ]);
    let err = block_on(DefaultChain::new(env.clone()).provide_credentials()).unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::InvalidConfiguration);
    assert!(
        err.to_string()
            .starts_with("profile `missing`: no such profile in "),
        "{err}"
    );
    let err =
        block_on(DefaultChain::with_profile_name(env, "other").provide_credentials()).unwrap_err();
    assert!(err.to_string().starts_with("profile `other`: "), "{err}");
}

/// A unique directory under the system temp dir, removed on drop.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("awsop-creds-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, contents: &str) -> std::path::PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn default_chain_reads_the_profile_files() {
    let dir = TempDir::new("chain");
    let creds = dir.write(
        "credentials",
        "[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = s\n",
    );
    let bad = dir.write("bad", "[default]\naws_secret_access_key\n");
    let env = Env::from_pairs([
        ("AWS_SHARED_CREDENTIALS_FILE", creds.to_str().unwrap()),
        ("AWS_CONFIG_FILE", dir.0.join("absent").to_str().unwrap()),
        ("AWS_PROFILE", "work"),
    ]);
    let got = block_on(DefaultChain::new(env).provide_credentials()).unwrap();
    assert_eq!(
        (got.access_key_id(), got.provider_name()),
        ("AKIDWORK", "profile")
    );

    let env = Env::from_pairs([("AWS_SHARED_CREDENTIALS_FILE", bad.to_str().unwrap())]);
    let err = block_on(ProfileProvider::new(env).provide_credentials()).unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::InvalidConfiguration);
    assert_eq!(
        err.to_string(),
        "profile: invalid shared config or credentials file"
    );
    let source = err.source().unwrap().to_string();
    assert_eq!(
        source,
        format!(
            "invalid profile file {}, line 2: expected an '=' sign defining a property",
            bad.display()
        )
    );
}

#[cfg(unix)]
mod process {
    use super::*;

    fn run(command: &str) -> Result<Credentials, CredentialsError> {
        block_on(ProcessProvider::new(command).provide_credentials())
    }

    #[test]
    fn reads_the_json_the_command_prints() {
        let got = run(r#"printf '%s' '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret", "SessionToken": "proctoken", "Expiration": "2015-08-30T12:36:00Z"}'"#).unwrap();
        assert_eq!(
            (
                got.access_key_id(),
                got.secret_access_key(),
                got.session_token()
            ),
            ("AKIDPROC", "procsecret", Some("proctoken"))
        );
        assert_eq!(got.expiry(), Some(DateTime::from_secs(1_440_938_160)));
        assert_eq!(got.provider_name(), "process");
        let long_term =
            run(r#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#).unwrap();
        assert_eq!(
            (long_term.session_token(), long_term.expiry()),
            (None, None)
        );
    }

    #[test]
    fn errors_never_include_stdout() {
        let cases = [
            (
                "echo procsecret; exit 3",
                "credential_process exited with status 3",
            ),
            (
                // Standard error goes to the caller's, never into the error.
                "echo procsecret; echo 'procsecret expired' >&2; exit 1",
                "credential_process exited with status 1",
            ),
            (
                "kill -s KILL $$",
                "credential_process was ended by a signal",
            ),
            (
                "echo '{\"procsecret\": '",
                "credential_process output is not valid JSON (line 2, column 0)",
            ),
            (
                "echo '[\"procsecret\"]'",
                "credential_process output is not a JSON object",
            ),
            (
                r#"echo '{"AccessKeyId": "A", "SecretAccessKey": "procsecret"}'"#,
                "credential_process output has no Version",
            ),
            (
                r#"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "procsecret"}'"#,
                "credential_process output has Version 2, expected 1",
            ),
            (
                r#"echo '{"Version": "1", "AccessKeyId": "A", "SecretAccessKey": "procsecret"}'"#,
                "credential_process output has a Version that is not the number 1",
            ),
            (
                r#"echo '{"Version": 1, "SecretAccessKey": "procsecret"}'"#,
                "credential_process output has no AccessKeyId",
            ),
            (
                r#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": 7}'"#,
                "credential_process output has a SecretAccessKey that is not a string",
            ),
            (
                r#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "procsecret", "Expiration": "tomorrow"}'"#,
                "credential_process output has an Expiration that is not an RFC 3339 date-time",
            ),
        ];
        for (command, message) in cases {
            let err = run(command).unwrap_err();
            assert_eq!(
                err.kind(),
                CredentialsErrorKind::ProviderFailed,
                "{command}"
            );
            assert_eq!(err.to_string(), message, "{command}");
            assert!(!format!("{err:?}").contains("procsecret"), "{err:?}");
        }
        let provider = ProcessProvider::new("get-creds --token procsecret");
        assert_eq!(
            format!("{provider:?}"),
            "ProcessProvider { command: <redacted>, timeout: 60s }"
        );
    }

    #[test]
    fn profile_credential_process_wins_and_errors_name_the_profile() {
        let got = from_profile(
            "[profile p]\ncredential_process = echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDP\", \"SecretAccessKey\": \"S\"}'\n",
            "[p]\naws_access_key_id = AKIDSTATIC\naws_secret_access_key = s\n",
            "p",
        )
        .unwrap();
        assert_eq!(
            (got.access_key_id(), got.provider_name()),
            ("AKIDP", "process")
        );
        let err = from_profile("[profile p]\ncredential_process = exit 7\n", "", "p").unwrap_err();
        assert_eq!(
            err.to_string(),
            "profile `p`: credential_process exited with status 7"
        );
    }

    #[test]
    fn a_missing_shell_command_fails_with_its_status() {
        let err = run("/nonexistent/awsop-cred-helper").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("credential_process exited with status 127"),
            "{err}"
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn does_not_block_a_single_threaded_executor() {
        // The command waits for a file that another task on the same
        // single-threaded runtime creates: it can only succeed if running
        // the command leaves the executor free. (It gives up after ~10 s.)
        let dir = TempDir::new("exec");
        let go = dir.0.join("go");
        let command = format!(
            r#"i=0; while [ ! -e '{}' ]; do i=$((i+1)); [ $i -gt 1000 ] && exit 9; sleep 0.01; done; echo '{{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S"}}'"#,
            go.display()
        );
        let provider = ProcessProvider::new(command);
        let creator = tokio::spawn(async move {
            tokio::task::yield_now().await;
            std::fs::write(go, b"").unwrap();
        });
        let got = provider.provide_credentials().await.unwrap();
        creator.await.unwrap();
        assert_eq!(got.access_key_id(), "A");
    }
}

mod cache;
