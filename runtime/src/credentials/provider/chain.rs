//! [`DefaultChain`]: the environment, then the profile.

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::EnvironmentProvider;
use super::profile::ProfileProvider;
use crate::credentials::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
use crate::env::Env;
use crate::profile::ProfileSet;

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
