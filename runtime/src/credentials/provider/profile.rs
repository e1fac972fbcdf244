//! [`ProfileProvider`]: credentials from the shared config and credentials files.

use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::process::{DEFAULT_PROCESS_TIMEOUT, ProcessProvider};
use crate::credentials::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
use crate::env::Env;
use crate::profile::{Profile, ProfileSet};
use crate::rt::run_on_thread;

/// Profile properties that select a credential source awsop does not support
/// yet, in the order AWS's SDKs would use them.
pub(super) const UNSUPPORTED_PROFILE_KEYS: [&str; 5] = [
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
/// for; put a [`CredentialsCache`](crate::credentials::CredentialsCache) in front to read them once.
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
pub(super) enum ProfileSource {
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
pub(super) fn describe_files(config: Option<&Path>, credentials: Option<&Path>) -> String {
    match (config, credentials) {
        (Some(c), Some(k)) => format!("in {} or {}", c.display(), k.display()),
        (Some(p), None) | (None, Some(p)) => format!("in {}", p.display()),
        (None, None) => "(no shared config or credentials file: home directory unknown)".to_owned(),
    }
}

pub(super) fn static_keys_from_profile(
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
