//! The credentials providers: fixed, the environment, the shared files
//! (with `credential_process`), and the default chain of them.

use std::borrow::Cow;
use std::fmt;

use super::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
use crate::env::Env;
use crate::sensitive::Sensitive;

mod chain;
mod process;
mod profile;

pub use chain::DefaultChain;
pub use process::{DEFAULT_PROCESS_TIMEOUT, MAX_PROCESS_OUTPUT_BYTES, ProcessProvider};
pub use profile::ProfileProvider;

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
