//! AWS credentials, where they come from, and a cache in front of them.
//!
//! A provider is anything that implements [`ProvideCredentials`]. awsop ships:
//!
//! - [`StaticProvider`]: credentials given in code;
//! - [`EnvironmentProvider`]: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//!   `AWS_SESSION_TOKEN`;
//! - [`ProfileProvider`]: the selected profile of the shared `config` and
//!   `credentials` files (see [`crate::profile`]): `aws_access_key_id`,
//!   `aws_secret_access_key`, `aws_session_token`, or `credential_process`;
//! - [`ProcessProvider`]: an external `credential_process` command;
//! - [`DefaultChain`]: the environment, then the profile, AWS's order;
//! - [`CredentialsCache`]: keeps what another provider gave until shortly
//!   before it expires, and makes concurrent callers share one refresh.
//!
//! Not supported yet (a profile that uses them gives an error saying so, it is
//! never silently skipped): `role_arn` / `source_profile` / `credential_source`
//! (assume role), `sso_session` / `sso_start_url` (IAM Identity Center),
//! `web_identity_token_file` (web identity). The default chain also does not
//! try the ECS container endpoint or EC2 instance metadata (IMDS).
//!
//! Providers do not depend on an async runtime: they run on any executor.
//! Blocking work (reading the shared files, watching `credential_process`)
//! runs on a `std::thread` so that it never blocks the executor.
//!
//! # Errors
//!
//! A [`CredentialsError`] is one of four [`CredentialsErrorKind`]s: *not
//! loaded* (this provider has nothing; a chain goes on to the next), *invalid
//! configuration* (credentials are configured wrongly; a chain stops),
//! *provider failed* (the source was reached and failed; a chain stops), and
//! *timed out* (the client's credentials load timeout ran out; the error names
//! the provider, see [`ProvideCredentials::name`]). No error ever holds a
//! secret, nor the output or the command line of `credential_process`.
//!
//! # Defaults
//!
//! [`CredentialsCache`] refreshes [`DEFAULT_EXPIRY_BUFFER`] (5 minutes)
//! before credentials expire; credentials without an expiry are kept forever
//! (until [`CredentialsCache::invalidate`]). `credential_process` is killed
//! after [`DEFAULT_PROCESS_TIMEOUT`] (60 s) or when it prints more than
//! [`MAX_PROCESS_OUTPUT_BYTES`] (64 KiB). A [`Client`](crate::Client) gives
//! up on loading credentials after
//! [`DEFAULT_CREDENTIALS_LOAD_TIMEOUT`](crate::client::DEFAULT_CREDENTIALS_LOAD_TIMEOUT)
//! (5 s).
//!
//! # A custom provider
//!
//! ```
//! use awsop::credentials::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
//!
//! /// Credentials from a vault client (here: fixed).
//! #[derive(Debug)]
//! struct VaultProvider {
//!     path: String,
//! }
//!
//! impl ProvideCredentials for VaultProvider {
//!     fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
//!         Box::pin(async move {
//!             if self.path.is_empty() {
//!                 return Err(CredentialsError::invalid_configuration("vault: no secret path set"));
//!             }
//!             // ... fetch from the vault here, awaiting as needed ...
//!             Ok(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG", None, None, "vault"))
//!         })
//!     }
//! }
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use crate::env::Env;
use crate::profile::{Profile, ProfileSet};

mod process;
use crate::sensitive::{REDACTED, Sensitive};
use crate::time::{Clock, DateTime, SystemClock};
pub use process::{DEFAULT_PROCESS_TIMEOUT, MAX_PROCESS_OUTPUT_BYTES, ProcessProvider};

/// A boxed, `Send` future: what [`ProvideCredentials`] returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A set of AWS credentials.
///
/// `Debug` prints the access key id (not a secret: it names the key, and AWS
/// logs it) and redacts the secret access key and the session token.
#[derive(Clone)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: Sensitive<String>,
    session_token: Option<Sensitive<String>>,
    expiry: Option<DateTime>,
    provider_name: &'static str,
}

impl Credentials {
    /// Credentials from their parts; `provider_name` says where they came
    /// from (`"environment"`, `"profile"`, ...).
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
        expiry: Option<DateTime>,
        provider_name: &'static str,
    ) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: Sensitive::new(secret_access_key.into()),
            session_token: session_token.map(Sensitive::new),
            expiry,
            provider_name,
        }
    }

    /// The access key id (`AKIA...` or `ASIA...`).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        self.secret_access_key.expose()
    }

    /// The session token of temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_ref().map(|t| t.expose().as_str())
    }

    /// When the credentials stop working; `None` for long-term keys.
    pub fn expiry(&self) -> Option<DateTime> {
        self.expiry
    }

    /// Which provider gave these credentials.
    pub fn provider_name(&self) -> &'static str {
        self.provider_name
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Redacted;
        impl fmt::Debug for Redacted {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(REDACTED)
            }
        }
        f.debug_struct("Credentials")
            .field("provider_name", &self.provider_name)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &Redacted)
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| Redacted),
            )
            .field("expiry", &self.expiry)
            .finish()
    }
}

/// A source of [`Credentials`]. Implement it for a custom provider (see the
/// [module docs](self) for an example).
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Credentials, or why there are none.
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;

    /// What errors call this provider, e.g. when it did not answer in time:
    /// `environment`, ``profile `dev` (credential_process)``, or for a chain
    /// the provider it was asking last. Never a secret. The default is the
    /// type's name.
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed(std::any::type_name::<Self>())
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Arc<T> {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        (**self).provide_credentials()
    }

    fn name(&self) -> Cow<'_, str> {
        (**self).name()
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Box<T> {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        (**self).provide_credentials()
    }

    fn name(&self) -> Cow<'_, str> {
        (**self).name()
    }
}

/// The kind of a [`CredentialsError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// This provider has no credentials; a chain tries the next one.
    NotLoaded,
    /// Credentials are configured, but wrongly; a chain stops here.
    InvalidConfiguration,
    /// The provider's source was tried and failed; a chain stops here.
    ProviderFailed,
    /// The provider gave no answer within the client's credentials load
    /// timeout.
    TimedOut,
}

/// Why a provider gave no credentials.
///
/// Its `Display` is one short lowercase sentence naming what was tried
/// (`environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not`);
/// the underlying error, if any, is its [`source`](StdError::source). It is
/// cheap to clone (the source is shared), so a cache can hand one failure to
/// every caller that waited for it.
#[derive(Clone)]
pub struct CredentialsError {
    kind: CredentialsErrorKind,
    message: String,
    source: Option<Arc<dyn StdError + Send + Sync + 'static>>,
}

impl CredentialsError {
    /// This provider has no credentials (`message` says what it looked at).
    pub fn not_loaded(message: impl Into<String>) -> Self {
        CredentialsError {
            kind: CredentialsErrorKind::NotLoaded,
            message: message.into(),
            source: None,
        }
    }

    /// Credentials are configured wrongly (`message` says how).
    pub fn invalid_configuration(message: impl Into<String>) -> Self {
        CredentialsError {
            kind: CredentialsErrorKind::InvalidConfiguration,
            message: message.into(),
            source: None,
        }
    }

    /// The provider failed (`message` says what was tried), without an
    /// underlying error.
    pub fn provider_failed(message: impl Into<String>) -> Self {
        CredentialsError {
            kind: CredentialsErrorKind::ProviderFailed,
            message: message.into(),
            source: None,
        }
    }

    /// The provider failed because of `source`.
    pub fn provider_failed_with(
        message: impl Into<String>,
        source: impl StdError + Send + Sync + 'static,
    ) -> Self {
        CredentialsError {
            source: Some(Arc::new(source)),
            ..Self::provider_failed(message)
        }
    }

    /// Provider `name` (see [`ProvideCredentials::name`]) gave no answer
    /// within `limit`.
    pub fn timed_out(name: &str, limit: Duration) -> Self {
        CredentialsError {
            kind: CredentialsErrorKind::TimedOut,
            message: format!(
                "{name}: no credentials within {limit:?} (the credentials load timeout)"
            ),
            source: None,
        }
    }

    /// The same error with `source` as its cause.
    fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }

    /// Whether this provider simply had no credentials.
    pub fn is_not_loaded(&self) -> bool {
        self.kind == CredentialsErrorKind::NotLoaded
    }

    /// The same error, its message prefixed with `context` and `: `.
    fn context(mut self, context: &str) -> Self {
        self.message = format!("{context}: {}", self.message);
        self
    }
}

impl fmt::Debug for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for CredentialsError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

/// Always the same credentials.
///
/// `Debug` prints the credentials' redacted `Debug`.
#[derive(Clone)]
pub struct StaticProvider {
    credentials: Credentials,
}

impl fmt::Debug for StaticProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticProvider")
            .field("credentials", &self.credentials)
            .finish()
    }
}

impl StaticProvider {
    /// A provider that gives `credentials`.
    pub fn new(credentials: Credentials) -> Self {
        StaticProvider { credentials }
    }
}

impl ProvideCredentials for StaticProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let credentials = self.credentials.clone();
        Box::pin(async move { Ok(credentials) })
    }

    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("static")
    }
}

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and, for
/// temporary credentials, `AWS_SESSION_TOKEN`.
///
/// # Errors
///
/// Not loaded when neither key variable is set; invalid configuration when
/// only one of them is.
///
/// `Debug` prints [`Env`]'s, which names variables but never their values.
#[derive(Clone)]
pub struct EnvironmentProvider {
    env: Env,
}

impl fmt::Debug for EnvironmentProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvironmentProvider")
            .field("env", &self.env)
            .finish()
    }
}

impl EnvironmentProvider {
    /// A provider reading `env`.
    pub fn new(env: Env) -> Self {
        EnvironmentProvider { env }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let id = self.env.get("AWS_ACCESS_KEY_ID");
        let secret = self.env.get("AWS_SECRET_ACCESS_KEY").map(Sensitive::new);
        let token = self.env.get("AWS_SESSION_TOKEN");
        match (id, secret) {
            (Some(id), Some(secret)) => Ok(Credentials::new(
                id,
                secret.expose().clone(),
                token,
                None,
                "environment",
            )),
            (None, None) => Err(CredentialsError::not_loaded(
                "environment: AWS_ACCESS_KEY_ID not set",
            )),
            (Some(_), None) => Err(CredentialsError::invalid_configuration(
                "environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
            )),
            (None, Some(_)) => Err(CredentialsError::invalid_configuration(
                "environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let result = self.load();
        Box::pin(async move { result })
    }

    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("environment")
    }
}

/// Profile properties that select a credential source awsop does not support
/// yet, in the order AWS's SDKs would use them.
const UNSUPPORTED_PROFILE_KEYS: [&str; 5] = [
    "role_arn",
    "credential_source",
    "web_identity_token_file",
    "sso_session",
    "sso_start_url",
];

/// Credentials from the selected profile of the shared config and credentials
/// files: `credential_process` if set, else `aws_access_key_id`,
/// `aws_secret_access_key` and `aws_session_token`.
///
/// The files are read (on a separate thread) each time credentials are asked
/// for; put a [`CredentialsCache`] in front to read them once.
///
/// # Errors
///
/// - not loaded: the profile `default` does not exist, or the profile has no
///   credential properties;
/// - invalid configuration: a file cannot be parsed, a profile other than
///   `default` was selected and does not exist, an access key id comes
///   without its secret (or the reverse), or the profile uses `role_arn`,
///   `credential_source`, `web_identity_token_file`, `sso_session` or
///   `sso_start_url`, which awsop does not support yet;
/// - provider failed: `credential_process` failed (see [`ProcessProvider`]).
///
/// `Debug` prints where the profiles come from (the profile name, and
/// [`Env`]'s and [`ProfileSet`]'s own redacted `Debug`), never a value.
#[derive(Clone)]
pub struct ProfileProvider {
    source: ProfileSource,
    process_timeout: Duration,
    /// The provider of the last `credential_process` command run: concurrent
    /// loads that find the same command share its run.
    process: Arc<Mutex<Option<ProcessProvider>>>,
    /// Whether the last load got as far as running `credential_process`
    /// (for [`ProvideCredentials::name`]).
    running_process: Arc<AtomicBool>,
}

#[derive(Clone)]
enum ProfileSource {
    Files { env: Env, profile: Option<String> },
    Loaded(Arc<ProfileSet>),
}

impl fmt::Debug for ProfileProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ProfileProvider");
        match &self.source {
            ProfileSource::Files { env, profile } => {
                d.field("env", env).field("profile", profile);
            }
            ProfileSource::Loaded(set) => {
                d.field("profiles", set);
            }
        }
        d.field("process_timeout", &self.process_timeout).finish()
    }
}

impl ProfileProvider {
    fn from_source(source: ProfileSource) -> Self {
        ProfileProvider {
            source,
            process_timeout: DEFAULT_PROCESS_TIMEOUT,
            process: Arc::new(Mutex::new(None)),
            running_process: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Reads the files named by `env` and uses `AWS_PROFILE`, else `default`.
    pub fn new(env: Env) -> Self {
        Self::from_source(ProfileSource::Files { env, profile: None })
    }

    /// Reads the files named by `env` and uses profile `name`.
    pub fn with_profile_name(env: Env, name: impl Into<String>) -> Self {
        Self::from_source(ProfileSource::Files {
            env,
            profile: Some(name.into()),
        })
    }

    /// Uses the selected profile of `profiles`, already loaded.
    pub fn from_profile_set(profiles: ProfileSet) -> Self {
        Self::from_source(ProfileSource::Loaded(Arc::new(profiles)))
    }

    /// Kill a profile's `credential_process` after `timeout` instead of
    /// [`DEFAULT_PROCESS_TIMEOUT`].
    pub fn with_process_timeout(mut self, timeout: Duration) -> Self {
        self.process_timeout = timeout;
        self
    }

    /// The provider running `command`: the last one if it runs the same
    /// command (so that concurrent loads share one run), else a new one.
    fn process_provider(&self, command: &str) -> ProcessProvider {
        let mut slot = self.process.lock().unwrap_or_else(|e| e.into_inner());
        match slot.as_ref() {
            Some(provider) if provider.runs(command) => provider.clone(),
            _ => {
                let provider = ProcessProvider::new(command).with_timeout(self.process_timeout);
                *slot = Some(provider.clone());
                provider
            }
        }
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        self.running_process.store(false, Ordering::Relaxed);
        let profiles = match &self.source {
            ProfileSource::Loaded(set) => Arc::clone(set),
            ProfileSource::Files { env, profile } => {
                let (env, profile) = (env.clone(), profile.clone());
                let loaded = run_on_thread(move || ProfileSet::load(&env, profile.as_deref()))
                    .map_err(|e| {
                        CredentialsError::provider_failed_with(
                            "profile: could not start a thread to read the shared config files",
                            e,
                        )
                    })?
                    .await
                    .ok_or_else(|| {
                        CredentialsError::provider_failed(
                            "profile: reading the shared config files panicked",
                        )
                    })?;
                Arc::new(loaded.map_err(|e| {
                    CredentialsError::invalid_configuration(
                        "profile: invalid shared config or credentials file",
                    )
                    .with_source(e)
                })?)
            }
        };
        let name = profiles.selected_name();
        let Some(profile) = profiles.selected() else {
            let files = describe_files(profiles.config_path(), profiles.credentials_path());
            return Err(if name == "default" {
                CredentialsError::not_loaded(format!("profile `default`: no such profile {files}"))
            } else {
                CredentialsError::invalid_configuration(format!(
                    "profile `{name}`: no such profile {files}"
                ))
            });
        };
        if let Some(key) = UNSUPPORTED_PROFILE_KEYS
            .iter()
            .find(|k| profile.get(k).is_some())
        {
            return Err(CredentialsError::invalid_configuration(format!(
                "profile `{name}` uses {key}, which awsop does not support yet"
            )));
        }
        if let Some(command) = profile.get("credential_process").filter(|c| !c.is_empty()) {
            let context = format!("profile `{name}`");
            self.running_process.store(true, Ordering::Relaxed);
            return self
                .process_provider(command)
                .run()
                .await
                .map_err(|e| e.context(&context));
        }
        static_keys_from_profile(name, profile)
    }
}

/// "in A or B", naming the files that were looked at.
fn describe_files(config: Option<&Path>, credentials: Option<&Path>) -> String {
    match (config, credentials) {
        (Some(c), Some(k)) => format!("in {} or {}", c.display(), k.display()),
        (Some(p), None) | (None, Some(p)) => format!("in {}", p.display()),
        (None, None) => "(no shared config or credentials file: home directory unknown)".to_owned(),
    }
}

fn static_keys_from_profile(
    name: &str,
    profile: &Profile,
) -> Result<Credentials, CredentialsError> {
    let id = profile.get("aws_access_key_id").filter(|v| !v.is_empty());
    let secret = profile
        .get("aws_secret_access_key")
        .filter(|v| !v.is_empty());
    let token = profile
        .get("aws_session_token")
        .filter(|v| !v.is_empty())
        .map(str::to_owned);
    match (id, secret) {
        (Some(id), Some(secret)) => Ok(Credentials::new(id, secret, token, None, "profile")),
        (None, None) => Err(CredentialsError::not_loaded(format!(
            "profile `{name}`: no aws_access_key_id or credential_process"
        ))),
        (Some(_), None) => Err(CredentialsError::invalid_configuration(format!(
            "profile `{name}` has aws_access_key_id but no aws_secret_access_key"
        ))),
        (None, Some(_)) => Err(CredentialsError::invalid_configuration(format!(
            "profile `{name}` has aws_secret_access_key but no aws_access_key_id"
        ))),
    }
}

impl ProvideCredentials for ProfileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.load())
    }

    /// ``profile `name` ``, with ` (credential_process)` once the last load
    /// got as far as running it.
    fn name(&self) -> Cow<'_, str> {
        let profile = match &self.source {
            ProfileSource::Loaded(set) => set.selected_name().to_owned(),
            ProfileSource::Files { env, profile } => profile
                .clone()
                .filter(|p| !p.is_empty())
                .or_else(|| env.get("AWS_PROFILE"))
                .unwrap_or_else(|| "default".to_owned()),
        };
        Cow::Owned(if self.running_process.load(Ordering::Relaxed) {
            format!("profile `{profile}` (credential_process)")
        } else {
            format!("profile `{profile}`")
        })
    }
}

/// The default credential chain: [`EnvironmentProvider`], then
/// [`ProfileProvider`], as AWS's SDKs order them.
///
/// The first provider with credentials wins; one that is not loaded passes
/// to the next; any other error stops the chain. When no provider has
/// credentials the error lists each and why:
/// `no credentials found: environment: AWS_ACCESS_KEY_ID not set; profile `default`: no such profile in /home/u/.aws/config or /home/u/.aws/credentials`.
///
/// Not in the chain (not supported yet): web identity tokens, the ECS
/// container endpoint, EC2 instance metadata (IMDS), SSO, assume role.
///
/// `Debug` prints the providers' own (redacted) `Debug`.
pub struct DefaultChain {
    providers: Vec<Box<dyn ProvideCredentials>>,
    /// The index of the provider asked last (for [`ProvideCredentials::name`]).
    asking: AtomicUsize,
}

impl fmt::Debug for DefaultChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DefaultChain")
            .field("providers", &self.providers)
            .finish()
    }
}

impl DefaultChain {
    /// The chain reading `env` (and the shared files it names, with
    /// `AWS_PROFILE` or `default`).
    pub fn new(env: Env) -> Self {
        DefaultChain {
            providers: vec![
                Box::new(EnvironmentProvider::new(env.clone())),
                Box::new(ProfileProvider::new(env)),
            ],
            asking: AtomicUsize::new(0),
        }
    }

    /// The chain reading `env`, with profile `name` selected in code.
    pub fn with_profile_name(env: Env, name: impl Into<String>) -> Self {
        DefaultChain {
            providers: vec![
                Box::new(EnvironmentProvider::new(env.clone())),
                Box::new(ProfileProvider::with_profile_name(env, name)),
            ],
            asking: AtomicUsize::new(0),
        }
    }

    /// The chain reading `env` and `profiles`, already loaded from the files
    /// `env` names: no file is read again.
    pub(crate) fn with_profile_set(env: Env, profiles: ProfileSet) -> Self {
        DefaultChain {
            providers: vec![
                Box::new(EnvironmentProvider::new(env)),
                Box::new(ProfileProvider::from_profile_set(profiles)),
            ],
            asking: AtomicUsize::new(0),
        }
    }

    async fn resolve(&self) -> Result<Credentials, CredentialsError> {
        let mut reasons = Vec::new();
        for (index, provider) in self.providers.iter().enumerate() {
            self.asking.store(index, Ordering::Relaxed);
            match provider.provide_credentials().await {
                Ok(credentials) => return Ok(credentials),
                Err(e) if e.is_not_loaded() => reasons.push(e.message),
                Err(e) => return Err(e),
            }
        }
        Err(CredentialsError::not_loaded(format!(
            "no credentials found: {}",
            reasons.join("; ")
        )))
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.resolve())
    }

    /// `default chain, at ` and the name of the provider it asked last.
    fn name(&self) -> Cow<'_, str> {
        match self.providers.get(self.asking.load(Ordering::Relaxed)) {
            Some(provider) => Cow::Owned(format!("default chain, at {}", provider.name())),
            None => Cow::Borrowed("default chain"),
        }
    }
}

/// How long before expiry [`CredentialsCache`] refreshes credentials: 5 minutes.
pub const DEFAULT_EXPIRY_BUFFER: Duration = Duration::from_secs(300);

/// Caches another provider's credentials until `expiry - buffer` (default
/// [`DEFAULT_EXPIRY_BUFFER`]); credentials without an expiry are kept.
///
/// Concurrent callers share one refresh: while one caller asks the provider,
/// the others wait for its answer (the failure too, if it fails) instead of
/// asking again. If the caller that is refreshing is dropped mid-way, a
/// waiting caller takes over. A failure is not cached: the next call asks the
/// provider again. Clones share the cache.
///
/// ```
/// use std::sync::Arc;
/// use awsop::credentials::{Credentials, CredentialsCache, StaticProvider};
/// use awsop::time::SystemClock;
/// let creds = Credentials::new("AKIDEXAMPLE", "secret", None, None, "static");
/// let cache = CredentialsCache::new(StaticProvider::new(creds), Arc::new(SystemClock));
/// ```
#[derive(Clone)]
pub struct CredentialsCache {
    provider: Arc<dyn ProvideCredentials>,
    clock: Arc<dyn Clock>,
    buffer: Duration,
    state: Arc<Mutex<CacheState>>,
}

impl fmt::Debug for CredentialsCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsCache")
            .field("provider", &self.provider)
            .field("buffer", &self.buffer)
            .finish_non_exhaustive()
    }
}

#[derive(Default)]
struct CacheState {
    cached: Option<Credentials>,
    /// The id of the refresh under way, if one is.
    flight: Option<u64>,
    next_flight: u64,
    /// The outcome of the last refresh that finished, with its id.
    outcome: Option<(u64, Result<Credentials, CredentialsError>)>,
    /// Callers waiting for the refresh under way.
    waiters: BTreeMap<u64, Waker>,
    next_waiter: u64,
}

impl CacheState {
    fn wake_all(&mut self) {
        for (_, waker) in std::mem::take(&mut self.waiters) {
            waker.wake();
        }
    }
}

fn lock(state: &Mutex<CacheState>) -> MutexGuard<'_, CacheState> {
    // A panic while holding the lock leaves the state consistent (every
    // update is a single assignment), so a poisoned lock is still usable.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

enum Step {
    Lead(u64),
    Wait(u64),
}

impl CredentialsCache {
    /// A cache in front of `provider`, reading the time from `clock`.
    pub fn new(provider: impl ProvideCredentials + 'static, clock: Arc<dyn Clock>) -> Self {
        Self::from_arc(Arc::new(provider), clock)
    }

    /// A cache in front of a shared provider.
    pub fn from_arc(provider: Arc<dyn ProvideCredentials>, clock: Arc<dyn Clock>) -> Self {
        CredentialsCache {
            provider,
            clock,
            buffer: DEFAULT_EXPIRY_BUFFER,
            state: Arc::new(Mutex::new(CacheState::default())),
        }
    }

    /// A cache in front of `provider`, on the system clock.
    pub fn with_system_clock(provider: impl ProvideCredentials + 'static) -> Self {
        Self::new(provider, Arc::new(SystemClock))
    }

    /// Refresh `buffer` before expiry instead of [`DEFAULT_EXPIRY_BUFFER`].
    pub fn with_buffer(mut self, buffer: Duration) -> Self {
        self.buffer = buffer;
        self
    }

    /// Forgets the cached credentials (after the service rejected them, say);
    /// the next call asks the provider.
    pub fn invalidate(&self) {
        lock(&self.state).cached = None;
    }

    fn is_fresh(&self, credentials: &Credentials) -> bool {
        match credentials.expiry() {
            None => true,
            Some(expiry) => expiry.seconds_since(&self.clock.now()) > self.buffer.as_secs_f64(),
        }
    }

    async fn get(&self) -> Result<Credentials, CredentialsError> {
        loop {
            let step = {
                let mut state = lock(&self.state);
                if let Some(credentials) = &state.cached
                    && self.is_fresh(credentials)
                {
                    return Ok(credentials.clone());
                }
                match state.flight {
                    Some(id) => Step::Wait(id),
                    None => {
                        let id = state.next_flight;
                        state.next_flight += 1;
                        state.flight = Some(id);
                        Step::Lead(id)
                    }
                }
            };
            match step {
                Step::Lead(id) => {
                    let mut flight = Flight {
                        state: &self.state,
                        id,
                        finished: false,
                    };
                    let result = self.provider.provide_credentials().await;
                    flight.finish(&result);
                    return result;
                }
                Step::Wait(id) => {
                    let waiter = Waiter {
                        state: &self.state,
                        flight: id,
                        key: None,
                    };
                    if let Some(result) = waiter.await {
                        return result;
                    }
                    // The refreshing caller was dropped: try again, perhaps as
                    // the new leader.
                }
            }
        }
    }
}

impl ProvideCredentials for CredentialsCache {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.get())
    }

    /// The cached provider's name.
    fn name(&self) -> Cow<'_, str> {
        self.provider.name()
    }
}

/// The refresh one caller leads; dropping it unfinished hands over to a waiter.
struct Flight<'a> {
    state: &'a Mutex<CacheState>,
    id: u64,
    finished: bool,
}

impl Flight<'_> {
    fn finish(&mut self, result: &Result<Credentials, CredentialsError>) {
        let mut state = lock(self.state);
        if let Ok(credentials) = result {
            state.cached = Some(credentials.clone());
        }
        state.outcome = Some((self.id, result.clone()));
        state.flight = None;
        state.wake_all();
        self.finished = true;
    }
}

impl Drop for Flight<'_> {
    fn drop(&mut self) {
        if !self.finished {
            let mut state = lock(self.state);
            if state.flight == Some(self.id) {
                state.flight = None;
            }
            state.wake_all();
        }
    }
}

/// Waits for refresh `flight` to end: `Some(outcome)` when it finished,
/// `None` when its leader was dropped.
struct Waiter<'a> {
    state: &'a Mutex<CacheState>,
    flight: u64,
    key: Option<u64>,
}

impl Future for Waiter<'_> {
    type Output = Option<Result<Credentials, CredentialsError>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let mut state = lock(this.state);
        if state.flight == Some(this.flight) {
            let key = match this.key {
                Some(key) => key,
                None => {
                    let key = state.next_waiter;
                    state.next_waiter += 1;
                    this.key = Some(key);
                    key
                }
            };
            state.waiters.insert(key, cx.waker().clone());
            return Poll::Pending;
        }
        if let Some(key) = this.key.take() {
            state.waiters.remove(&key);
        }
        Poll::Ready(match &state.outcome {
            Some((id, result)) if *id == this.flight => Some(result.clone()),
            _ => None,
        })
    }
}

impl Drop for Waiter<'_> {
    fn drop(&mut self) {
        if let Some(key) = self.key {
            lock(self.state).waiters.remove(&key);
        }
    }
}

/// Runs `f` on a new thread; the returned future resolves to its result
/// (`None` if it panicked) without blocking the executor.
pub(crate) fn run_on_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<ThreadResult<T>> {
    let shared = Arc::new(Mutex::new(OneshotState {
        value: None,
        done: false,
        waker: None,
    }));
    let sender = OneshotSender(Arc::clone(&shared));
    std::thread::Builder::new()
        .name("awsop-credentials".to_owned())
        .spawn(move || sender.send(f()))?;
    Ok(ThreadResult(shared))
}

struct OneshotState<T> {
    value: Option<T>,
    done: bool,
    waker: Option<Waker>,
}

/// The sending half: sends once, or on drop (a panic) marks the channel done.
struct OneshotSender<T>(Arc<Mutex<OneshotState<T>>>);

impl<T> OneshotSender<T> {
    fn send(self, value: T) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).value = Some(value);
        // Drop marks it done and wakes the receiver.
    }
}

impl<T> Drop for OneshotSender<T> {
    fn drop(&mut self) {
        let waker = {
            let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
            state.done = true;
            state.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// The result of [`run_on_thread`]: `Some(value)`, or `None` if the thread
/// panicked.
pub(crate) struct ThreadResult<T>(Arc<Mutex<OneshotState<T>>>);

impl<T> Future for ThreadResult<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if state.done {
            return Poll::Ready(state.value.take());
        }
        state.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests {
    use super::*;
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

        let none = block_on(
            EnvironmentProvider::new(Env::from_pairs::<&str, &str>([])).provide_credentials(),
        );
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
        let err = block_on(DefaultChain::with_profile_name(env, "other").provide_credentials())
            .unwrap_err();
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
                run(r#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#)
                    .unwrap();
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
            let err =
                from_profile("[profile p]\ncredential_process = exit 7\n", "", "p").unwrap_err();
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

    /// Counts calls; each call waits `delay` (on a thread, so any executor
    /// works), then answers with credentials expiring at `expiry`, or fails
    /// while `fail` is set.
    #[derive(Debug)]
    struct Counting {
        calls: AtomicUsize,
        delay: Duration,
        expiry: Mutex<Option<DateTime>>,
        fail: std::sync::atomic::AtomicBool,
    }

    impl Counting {
        fn new(delay: Duration, expiry: Option<DateTime>) -> Arc<Self> {
            Arc::new(Counting {
                calls: AtomicUsize::new(0),
                delay,
                expiry: Mutex::new(expiry),
                fail: std::sync::atomic::AtomicBool::new(false),
            })
        }

        fn calls(&self) -> usize {
            self.calls.load(Ordering::SeqCst)
        }
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            let delay = self.delay;
            let expiry = *self.expiry.lock().unwrap();
            let fail = self.fail.load(Ordering::SeqCst);
            Box::pin(async move {
                if !delay.is_zero() {
                    run_on_thread(move || std::thread::sleep(delay))
                        .unwrap()
                        .await
                        .unwrap();
                }
                if fail {
                    Err(CredentialsError::provider_failed(format!(
                        "counting: call {n} failed"
                    )))
                } else {
                    Ok(Credentials::new(
                        format!("AKID{n}"),
                        "s",
                        None,
                        expiry,
                        "counting",
                    ))
                }
            })
        }
    }

    fn cache_of(provider: &Arc<Counting>, clock: &FixedClock) -> CredentialsCache {
        CredentialsCache::from_arc(provider.clone(), Arc::new(clock.clone()))
    }

    #[tokio::test(flavor = "current_thread")]
    async fn one_refresh_for_a_hundred_concurrent_callers() {
        let provider = Counting::new(Duration::from_millis(50), None);
        let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..100 {
            let cache = cache.clone();
            tasks.spawn(async move { cache.provide_credentials().await });
        }
        let mut ids = Vec::new();
        while let Some(result) = tasks.join_next().await {
            ids.push(result.unwrap().unwrap().access_key_id().to_owned());
        }
        assert_eq!(ids.len(), 100);
        assert!(ids.iter().all(|id| id == "AKID1"), "{ids:?}");
        assert_eq!(provider.calls(), 1);
    }

    #[test]
    fn one_refresh_for_callers_on_many_threads() {
        let provider = Counting::new(Duration::from_millis(50), None);
        let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
        let threads: Vec<_> = (0..16)
            .map(|_| {
                let cache = cache.clone();
                std::thread::spawn(move || block_on(cache.provide_credentials()).unwrap())
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().unwrap().access_key_id(), "AKID1");
        }
        assert_eq!(provider.calls(), 1);
    }

    #[test]
    fn refreshes_before_expiry_and_keeps_credentials_without_one() {
        let clock = FixedClock::new(DateTime::from_secs(1_000_000));
        let provider = Counting::new(Duration::ZERO, Some(DateTime::from_secs(1_000_000 + 3600)));
        let cache = cache_of(&provider, &clock);
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID1"
        );
        // 54 minutes in: 6 minutes left, more than the 5-minute buffer.
        clock.advance(Duration::from_secs(54 * 60));
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID1"
        );
        // 56 minutes in: 4 minutes left, inside the buffer: refresh.
        clock.advance(Duration::from_secs(2 * 60));
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID2"
        );
        assert_eq!(provider.calls(), 2);

        let forever = Counting::new(Duration::ZERO, None);
        let cache = cache_of(&forever, &clock);
        block_on(cache.provide_credentials()).unwrap();
        clock.advance(Duration::from_secs(10 * 365 * 86_400));
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID1"
        );
        cache.invalidate();
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID2"
        );

        let short = Counting::new(Duration::ZERO, Some(DateTime::from_secs(1_000_000 + 3600)));
        let clock = FixedClock::new(DateTime::from_secs(1_000_000));
        let cache = cache_of(&short, &clock).with_buffer(Duration::from_secs(60));
        block_on(cache.provide_credentials()).unwrap();
        clock.advance(Duration::from_secs(58 * 60));
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID1"
        );
    }

    #[test]
    fn a_failure_is_not_cached() {
        let provider = Counting::new(Duration::ZERO, None);
        provider.fail.store(true, Ordering::SeqCst);
        let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
        let err = block_on(cache.provide_credentials()).unwrap_err();
        assert_eq!(err.to_string(), "counting: call 1 failed");
        provider.fail.store(false, Ordering::SeqCst);
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID2"
        );
        assert_eq!(provider.calls(), 2);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn waiters_share_a_failed_refresh() {
        let provider = Counting::new(Duration::from_millis(30), None);
        provider.fail.store(true, Ordering::SeqCst);
        let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..10 {
            let cache = cache.clone();
            tasks.spawn(async move { cache.provide_credentials().await });
        }
        while let Some(result) = tasks.join_next().await {
            assert_eq!(
                result.unwrap().unwrap_err().to_string(),
                "counting: call 1 failed"
            );
        }
        assert_eq!(provider.calls(), 1);
    }

    /// A provider whose first call never answers; later calls answer at once.
    #[derive(Debug, Default)]
    struct StuckFirst {
        calls: AtomicUsize,
    }

    impl ProvideCredentials for StuckFirst {
        fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            Box::pin(async move {
                if n == 1 {
                    std::future::pending::<()>().await;
                }
                Ok(Credentials::new(
                    format!("AKID{n}"),
                    "s",
                    None,
                    None,
                    "stuck",
                ))
            })
        }
    }

    #[test]
    fn a_waiter_takes_over_when_the_refreshing_caller_is_dropped() {
        let provider = Arc::new(StuckFirst::default());
        let cache = CredentialsCache::from_arc(
            provider.clone(),
            Arc::new(FixedClock::new(DateTime::from_secs(0))),
        );
        let mut leader = cache.provide_credentials();
        let mut waiter = cache.provide_credentials();
        assert!(poll_once(&mut leader).is_pending());
        assert!(poll_once(&mut waiter).is_pending());
        assert_eq!(provider.calls.load(Ordering::SeqCst), 1);
        assert_eq!(lock(&cache.state).waiters.len(), 1);
        drop(leader);
        match poll_once(&mut waiter) {
            Poll::Ready(Ok(c)) => assert_eq!(c.access_key_id(), "AKID2"),
            other => panic!("the waiter did not take over: {other:?}"),
        }
        assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
        // Now cached.
        assert_eq!(
            block_on(cache.provide_credentials())
                .unwrap()
                .access_key_id(),
            "AKID2"
        );
        assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
        assert!(lock(&cache.state).waiters.is_empty());
    }

    #[test]
    fn a_dropped_waiter_leaves_no_waker_behind() {
        let provider = Arc::new(StuckFirst::default());
        let cache =
            CredentialsCache::from_arc(provider, Arc::new(FixedClock::new(DateTime::from_secs(0))));
        let mut leader = cache.provide_credentials();
        assert!(poll_once(&mut leader).is_pending());
        let mut waiter = cache.provide_credentials();
        assert!(poll_once(&mut waiter).is_pending());
        assert!(poll_once(&mut waiter).is_pending());
        assert_eq!(lock(&cache.state).waiters.len(), 1);
        drop(waiter);
        assert!(lock(&cache.state).waiters.is_empty());
    }

    #[test]
    fn thread_result_reports_a_panic_as_none() {
        let result = block_on(run_on_thread(|| -> u8 { panic!("boom") }).unwrap());
        assert_eq!(result, None);
        assert_eq!(block_on(run_on_thread(|| 7).unwrap()), Some(7));
    }

    #[test]
    fn providers_are_object_safe_and_send() {
        fn assert_send<T: Send>(_: &T) {}
        let chain: Box<dyn ProvideCredentials> =
            Box::new(DefaultChain::new(Env::from_pairs::<&str, &str>([])));
        let future = chain.provide_credentials();
        assert_send(&future);
        drop(future);
        let cache = CredentialsCache::with_system_clock(chain);
        assert!(format!("{cache:?}").starts_with("CredentialsCache { provider: DefaultChain"));
    }
}
