#![allow(clippy::unwrap_used)]
//! No configuration or credentials type prints a secret with `{:?}` or
//! `{:#?}`: a client built from an environment and profile files full of
//! marker secrets, and every public type reachable from it, is formatted and
//! searched for the marker.

use awsop_test_support::loopback as support;

use std::fmt::Debug;
use std::time::Duration;

use awsop::ClientBuilder;
use awsop::credentials::{
    CredentialsCache, CredentialsError, DefaultChain, EnvironmentProvider, ProcessProvider,
    ProfileProvider, ProvideCredentials, StaticProvider,
};
use awsop::env::Env;
use awsop::profile::ProfileSet;
use support::*;

/// Every secret below contains it; no formatted text may.
const MARK: &str = "SECRETMARK";

const CONFIG: &str = "\
[default]
region = us-east-1
credential_process = get-creds --token SECRETMARK-proc-default

[profile dev]
region = eu-west-1
output = json
credential_process = sh -c 'echo SECRETMARK-proc-stdout; echo SECRETMARK-proc-stderr >&2; exit 3'
sso_start_url = https://SECRETMARK-sso.awsapps.com/start
sso_account_id = SECRETMARK-sso-account
sso_role_name = SECRETMARK-sso-role
custom_thing = SECRETMARK-unknown
endpoint_url = http://user:SECRETMARK-url@127.0.0.1:1
s3 =
  endpoint_url = http://user:SECRETMARK-sub@127.0.0.1:2
  max_concurrency = SECRETMARK-sub-unknown
services = local

[sso-session corp]
sso_start_url = https://SECRETMARK-session.awsapps.com/start
sso_registration_scopes = SECRETMARK-scopes

[services local]
dynamodb =
  endpoint_url = http://user:SECRETMARK-svc@127.0.0.1:3
";

const CREDENTIALS: &str = "\
[dev]
aws_access_key_id = AKIDFILE
aws_secret_access_key = SECRETMARK-file-secret
aws_session_token = SECRETMARK-file-token
aws_security_token = SECRETMARK-file-legacy

[other]
aws_access_key_id = AKIDOTHER
aws_secret_access_key = SECRETMARK-other-secret
";

/// Formats `value` with `{:?}` and `{:#?}`, asserts neither holds the marker,
/// and returns the first.
fn check(label: &str, value: &dyn Debug) -> String {
    let flat = format!("{value:?}");
    let pretty = format!("{value:#?}");
    assert!(
        !flat.contains(MARK),
        "{label} {{:?}} leaks a secret: {flat}"
    );
    assert!(
        !pretty.contains(MARK),
        "{label} {{:#?}} leaks a secret: {pretty}"
    );
    flat
}

struct Setup {
    _dir: TempDir,
    env: Env,
    config: String,
    credentials: String,
}

fn setup() -> Setup {
    let dir = TempDir::new();
    let config = dir.write("config", CONFIG);
    let credentials = dir.write("credentials", CREDENTIALS);
    let env = Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "SECRETMARK-env-secret"),
        ("AWS_SESSION_TOKEN", "SECRETMARK-env-token"),
        ("MY_APP_DB_PASSWORD", "SECRETMARK-env-unknown"),
        ("AWS_PROFILE", "dev"),
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.as_str()),
    ]);
    Setup {
        _dir: dir,
        env,
        config,
        credentials,
    }
}

const ENV_DEBUG: &str = "Env { source: \"fixed\", names: [\"AWS_ACCESS_KEY_ID\", \
    \"AWS_CONFIG_FILE\", \"AWS_PROFILE\", \"AWS_SECRET_ACCESS_KEY\", \"AWS_SESSION_TOKEN\", \
    \"AWS_SHARED_CREDENTIALS_FILE\", \"MY_APP_DB_PASSWORD\"] }";

const DEV_DEBUG: &str = "Section { name: \"dev\", properties: {\
    \"aws_access_key_id\": \"AKIDFILE\", \"aws_secret_access_key\": <redacted>, \
    \"aws_security_token\": <redacted>, \"aws_session_token\": <redacted>, \
    \"credential_process\": <redacted>, \"custom_thing\": <redacted>, \
    \"endpoint_url\": <redacted>, \"output\": \"json\", \"region\": \"eu-west-1\", \
    \"s3\": {\"endpoint_url\": <redacted>, \"max_concurrency\": <redacted>}, \
    \"services\": \"local\", \"sso_account_id\": <redacted>, \"sso_role_name\": <redacted>, \
    \"sso_start_url\": <redacted>} }";

#[tokio::test]
async fn client_and_builder_print_no_secret() {
    let s = setup();
    let builder = ClientBuilder::from_env(s.env.clone()).unwrap();
    let text = check("ClientBuilder", &builder);
    assert!(text.contains(ENV_DEBUG), "{text}");
    // An endpoint URL set in code is checked only by `build`.
    let with_password = ClientBuilder::from_env(s.env.clone())
        .unwrap()
        .endpoint_url("https://user:SECRETMARK-code-url@127.0.0.1:4");
    let text = check("ClientBuilder with a URL", &with_password);
    assert!(
        text.contains("endpoint_url: Some(<url with user info, not shown>)"),
        "{text}"
    );
    let err = with_password.build().unwrap_err();
    check("ConfigError (endpoint)", &err);
    assert!(!err.to_string().contains(MARK), "{err}");

    let rec = Recorder::new(vec![Ok(Canned::json(200, "{}"))]);
    let client = builder.transport(rec.clone()).build().unwrap();
    let text = check("Client", &client);
    assert!(text.contains(ENV_DEBUG), "{text}");
    assert!(
        text.contains(
            "credentials: Some(CredentialsCache { provider: DefaultChain { providers: [\
             EnvironmentProvider { env: Env { source: \"fixed\""
        ),
        "{text}"
    );

    // The profile's endpoint URL carries a password: refused, not shown.
    let err = client.send(&SignedOp(op("t"))).await.unwrap_err();
    check("awsop::Error (endpoint)", &err);
    assert!(!format!("{err:#}").contains(MARK), "{err:#}");

    // After a send the cache holds credentials: still nothing printed.
    let client = ClientBuilder::from_env(s.env)
        .unwrap()
        .endpoint_url("http://127.0.0.1:1")
        .transport(rec.clone())
        .build()
        .unwrap();
    client.send(&SignedOp(op("t"))).await.unwrap();
    check("Client after a send", &client);
}

#[test]
fn env_and_profiles_print_names_not_values() {
    let s = setup();
    assert_eq!(check("Env", &s.env), ENV_DEBUG);
    assert_eq!(
        check("Env::real", &Env::real()),
        "Env { source: \"process\" }"
    );

    let set = ProfileSet::load(&s.env, None).unwrap();
    let text = check("ProfileSet", &set);
    assert!(
        text.starts_with("ProfileSet { selected: \"dev\", profiles: {"),
        "{text}"
    );
    assert!(text.contains(DEV_DEBUG), "{text}");
    assert!(
        text.ends_with(&format!(
            "config_path: Some({:?}), credentials_path: Some({:?}) }}",
            s.config, s.credentials
        )),
        "{text}"
    );
    assert_eq!(check("dev", set.selected().unwrap()), DEV_DEBUG);
    assert_eq!(
        check("default", set.profile("default").unwrap()),
        "Section { name: \"default\", properties: {\"credential_process\": <redacted>, \
         \"region\": \"us-east-1\"} }"
    );
    assert_eq!(
        check("other", set.profile("other").unwrap()),
        "Section { name: \"other\", properties: {\"aws_access_key_id\": \"AKIDOTHER\", \
         \"aws_secret_access_key\": <redacted>} }"
    );
    assert_eq!(
        check("sso-session", set.sso_session("corp").unwrap()),
        "Section { name: \"corp\", properties: {\"sso_registration_scopes\": <redacted>, \
         \"sso_start_url\": <redacted>} }"
    );
    assert_eq!(
        check("services", set.services("local").unwrap()),
        "Section { name: \"local\", properties: {\"dynamodb\": {\"endpoint_url\": <redacted>}} }"
    );
}

#[tokio::test]
async fn every_provider_prints_no_secret() {
    let s = setup();
    let env = s.env.clone();
    let set = ProfileSet::load(&env, None).unwrap();

    assert_eq!(
        check(
            "EnvironmentProvider",
            &EnvironmentProvider::new(env.clone())
        ),
        format!("EnvironmentProvider {{ env: {ENV_DEBUG} }}")
    );
    assert_eq!(
        check("ProfileProvider", &ProfileProvider::new(env.clone())),
        format!("ProfileProvider {{ env: {ENV_DEBUG}, profile: None, process_timeout: 60s }}")
    );
    let named = ProfileProvider::with_profile_name(env.clone(), "other");
    check("ProfileProvider named", &named);
    let loaded = ProfileProvider::from_profile_set(set.clone());
    let text = check("ProfileProvider loaded", &loaded);
    assert!(text.contains(DEV_DEBUG), "{text}");

    let chain = DefaultChain::new(env.clone());
    assert_eq!(
        check("DefaultChain", &chain),
        format!(
            "DefaultChain {{ providers: [EnvironmentProvider {{ env: {ENV_DEBUG} }}, \
             ProfileProvider {{ env: {ENV_DEBUG}, profile: None, process_timeout: 60s }}] }}"
        )
    );
    check(
        "DefaultChain named",
        &DefaultChain::with_profile_name(env.clone(), "other"),
    );

    let command = set.profile("default").unwrap().get("credential_process");
    let process = ProcessProvider::new(command.unwrap());
    assert_eq!(
        check("ProcessProvider", &process),
        "ProcessProvider { command: <redacted>, timeout: 60s }"
    );

    // Credentials from each source, and the providers holding them.
    let from_env = EnvironmentProvider::new(env.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(
        check("Credentials", &from_env),
        "Credentials { provider_name: \"environment\", access_key_id: \"AKIDENV\", \
         secret_access_key: <redacted>, session_token: Some(<redacted>), expiry: None }"
    );
    let other_env = Env::from_pairs([
        ("AWS_CONFIG_FILE", s.config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", s.credentials.as_str()),
    ]);
    let from_file = ProfileProvider::with_profile_name(other_env, "other")
        .provide_credentials()
        .await
        .unwrap();
    check("Credentials from a file", &from_file);
    let fixed = StaticProvider::new(from_env.clone());
    assert_eq!(
        check("StaticProvider", &fixed),
        format!("StaticProvider {{ credentials: {from_env:?} }}")
    );

    let cache = CredentialsCache::with_system_clock(DefaultChain::new(env.clone()));
    cache.provide_credentials().await.unwrap();
    let text = check("CredentialsCache", &cache);
    assert!(
        text.starts_with("CredentialsCache { provider: DefaultChain {"),
        "{text}"
    );
}

#[tokio::test]
async fn errors_print_no_secret() {
    let s = setup();
    // The profile `dev` has SSO settings: unsupported, an error.
    let no_env_keys = Env::from_pairs([
        ("AWS_CONFIG_FILE", s.config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", s.credentials.as_str()),
        ("AWS_PROFILE", "dev"),
    ]);
    let err = DefaultChain::new(no_env_keys.clone())
        .provide_credentials()
        .await
        .unwrap_err();
    check("CredentialsError (sso)", &err);
    assert_eq!(
        err.to_string(),
        "profile `dev` uses sso_start_url, which awsop does not support yet"
    );

    // A credential_process that prints secrets on both streams and fails.
    let command = ProfileSet::load(&no_env_keys, None)
        .unwrap()
        .selected()
        .unwrap()
        .get("credential_process")
        .unwrap()
        .to_owned();
    let err = ProcessProvider::new(command)
        .provide_credentials()
        .await
        .unwrap_err();
    check("CredentialsError (process)", &err);
    assert_eq!(err.to_string(), "credential_process exited with status 3");
    let err = ProcessProvider::new("echo '{\"Version\": 1, \"SECRETMARK\": '")
        .provide_credentials()
        .await
        .unwrap_err();
    check("CredentialsError (process output)", &err);
    check(
        "CredentialsError (timeout)",
        &CredentialsError::timed_out(
            &DefaultChain::new(s.env.clone()).name(),
            Duration::from_secs(5),
        ),
    );

    // A send that fails for want of credentials.
    let client = ClientBuilder::from_env(no_env_keys)
        .unwrap()
        .endpoint_url("http://127.0.0.1:1")
        .transport(Recorder::new(vec![]))
        .build()
        .unwrap();
    let err = client.send(&SignedOp(op("t"))).await.unwrap_err();
    assert!(err.is_credentials());
    check("awsop::Error", &err);
    assert!(!format!("{err:#}").contains(MARK));

    // A file that does not parse, on a line holding a secret.
    let bad = s._dir.write(
        "bad-credentials",
        "[dev]\naws_secret_access_key SECRETMARK-bad-line\n",
    );
    let bad_env = Env::from_pairs([
        ("AWS_CONFIG_FILE", s.config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", bad.as_str()),
    ]);
    let err = ClientBuilder::from_env(bad_env.clone()).unwrap_err();
    check("ConfigError", &err);
    assert_eq!(
        err.to_string(),
        format!("invalid profile file {bad}, line 2: expected an '=' sign defining a property")
    );
    check(
        "ProfileError",
        &ProfileSet::load(&bad_env, None).unwrap_err(),
    );
}
