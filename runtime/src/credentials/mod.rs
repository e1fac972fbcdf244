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
use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::sensitive::{REDACTED, Sensitive};
use crate::time::DateTime;

mod cache;
mod provider;
#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests;

pub use crate::rt::BoxFuture;
pub use cache::{CredentialsCache, DEFAULT_EXPIRY_BUFFER};
pub use provider::{
    DEFAULT_PROCESS_TIMEOUT, DefaultChain, EnvironmentProvider, MAX_PROCESS_OUTPUT_BYTES,
    ProcessProvider, ProfileProvider, StaticProvider,
};

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
