//! Configuration read from the environment and the shared config files,
//! once, by [`ClientBuilder::from_env`]: the region, FIPS/dual-stack and
//! retry settings go into the builder, the endpoint settings into
//! [`ConfiguredEndpoints`], and the loaded profiles into the credentials
//! chain. Nothing here is read again at send time.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use super::ClientBuilder;
use crate::credentials::DefaultChain;
use crate::endpoint::{self, EndpointError, EndpointOverrides, ServiceEndpointInfo};
use crate::env::Env;
use crate::profile::{ProfileError, ProfileSet, Section};
use crate::retry::{RetryConfig, RetryMode};

/// A configuration that could not be used: a bad setting in code, the
/// environment or a profile file.
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    source: Option<crate::error::BoxError>,
}

impl ConfigError {
    pub(super) fn new(message: impl Into<String>) -> Self {
        ConfigError {
            message: message.into(),
            source: None,
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl ConfigError {
    /// An error with a `message` of its own, caused by `source`.
    #[cfg(feature = "reqwest")]
    pub(super) fn with_source(message: impl Into<String>, source: crate::error::BoxError) -> Self {
        ConfigError {
            message: message.into(),
            source: Some(source),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

impl From<ProfileError> for ConfigError {
    fn from(e: ProfileError) -> Self {
        ConfigError {
            message: e.to_string(),
            source: Some(Box::new(e)),
        }
    }
}

impl ClientBuilder {
    /// A builder pre-filled from `env` and the shared config files it points
    /// to, as [`Client::from_env`](crate::Client::from_env) uses.
    ///
    /// # Errors
    ///
    /// See [`Client::from_env`](crate::Client::from_env).
    pub fn from_env(env: Env) -> Result<ClientBuilder, ConfigError> {
        let profiles = ProfileSet::load(&env, None)?;
        let mut builder = ClientBuilder {
            region: crate::profile::region_from_env_or_profile(&env, &profiles),
            ..ClientBuilder::default()
        };
        if let Some(region) = &builder.region {
            endpoint::validate_region(region).map_err(|e| ConfigError::new(e.to_string()))?;
        }
        let profile = profiles.selected();
        // A setting's value and where it came from, for error messages: the
        // environment variable, or the profile key and its file.
        let setting = |env_name: &str, profile_key: &str| -> Option<(String, String)> {
            if let Some(v) = env.get(env_name) {
                return Some((v, env_name.to_owned()));
            }
            let v = profile.and_then(|p| p.get(profile_key))?;
            let file = profiles.config_path().map_or_else(
                || "the shared config files".to_owned(),
                |p| p.display().to_string(),
            );
            let source = format!(
                "profile `{}` key {profile_key} in {file}",
                profiles.selected_name()
            );
            Some((v.to_owned(), source))
        };
        let flag = |env_name: &str, profile_key: &str| -> Result<Option<bool>, ConfigError> {
            setting(env_name, profile_key)
                .map(|(v, source)| endpoint::parse_bool_setting(&source, &v))
                .transpose()
                .map_err(|e| ConfigError::new(e.to_string()))
        };
        builder.use_fips = flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")?;
        builder.use_dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint")?;
        if let Some((mode, source)) = setting("AWS_RETRY_MODE", "retry_mode") {
            let mode =
                RetryMode::parse(&mode).map_err(|e| ConfigError::new(format!("{source}: {e}")))?;
            builder.retry = RetryConfig::for_mode(mode);
        }
        if let Some((n, source)) = setting("AWS_MAX_ATTEMPTS", "max_attempts") {
            let n = RetryConfig::parse_max_attempts(&n)
                .map_err(|e| ConfigError::new(format!("{source}: {e}")))?;
            builder.retry = builder.retry.with_max_attempts(n);
        }
        builder.configured = Some(ConfiguredEndpoints::read(&env, &profiles));
        // The chain reads the profiles loaded here: no file is read twice.
        builder.credentials = Some(Arc::new(DefaultChain::with_profile_set(env, profiles)));
        Ok(builder)
    }
}

/// The endpoint settings of the environment and the selected profile, read
/// once: [`ConfiguredEndpoints::overrides`] is a pure function of them and
/// the service.
#[derive(Clone, Default)]
pub(crate) struct ConfiguredEndpoints {
    /// Every `AWS_ENDPOINT_URL_<SERVICE_ID>`, by variable name.
    env_services: HashMap<String, String>,
    /// `AWS_ENDPOINT_URL`.
    env_global: Option<String>,
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`, as written (parsed at send
    /// time, where a bad value has always been reported).
    env_ignore: Option<String>,
    /// The profile's `endpoint_url`.
    profile_global: Option<String>,
    /// The `services` section the profile names.
    profile_services: Option<Section>,
    /// The profile's `ignore_configured_endpoint_urls`, as written.
    profile_ignore: Option<String>,
}

impl ConfiguredEndpoints {
    /// Reads the endpoint settings of `env` and the selected profile.
    pub(crate) fn read(env: &Env, profiles: &ProfileSet) -> Self {
        let prefix = format!("{}_", endpoint::ENV_ENDPOINT_URL);
        let mut read = ConfiguredEndpoints {
            env_services: env.with_prefix(&prefix),
            env_global: env.get(endpoint::ENV_ENDPOINT_URL),
            env_ignore: env.get(endpoint::ENV_IGNORE_CONFIGURED),
            ..ConfiguredEndpoints::default()
        };
        if let Some(profile) = profiles.selected() {
            read.profile_global = profile.get("endpoint_url").map(str::to_owned);
            read.profile_services = profile
                .get("services")
                .and_then(|name| profiles.services(name))
                .cloned();
            read.profile_ignore = profile
                .get("ignore_configured_endpoint_urls")
                .map(str::to_owned);
        }
        read
    }

    /// The overrides for `service`, with `code` (the URL set in code).
    ///
    /// # Errors
    ///
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` or the profile's
    /// `ignore_configured_endpoint_urls` is neither `true` nor `false`.
    pub(crate) fn overrides(
        &self,
        service: &ServiceEndpointInfo,
        code: Option<&str>,
    ) -> Result<EndpointOverrides, EndpointError> {
        let bool_setting = |name: &str, value: &Option<String>| {
            value
                .as_deref()
                .map(|v| endpoint::parse_bool_setting(name, v))
                .transpose()
        };
        Ok(EndpointOverrides {
            code: code.map(str::to_owned),
            env_service: self.env_services.get(&service.env_var_name()).cloned(),
            env_global: self.env_global.clone(),
            ignore_configured_env: bool_setting(endpoint::ENV_IGNORE_CONFIGURED, &self.env_ignore)?,
            profile_service: self
                .profile_services
                .as_ref()
                .and_then(|section| section.sub_properties(&service.profile_key()))
                .and_then(|sub| sub.get("endpoint_url"))
                .cloned(),
            profile_global: self.profile_global.clone(),
            ignore_configured_profile: bool_setting(
                "ignore_configured_endpoint_urls",
                &self.profile_ignore,
            )?,
        })
    }
}
