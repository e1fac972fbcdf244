//! Endpoint overrides: what a service is called in the environment and the
//! profile, and which configured URL wins.

use super::{
    ENV_ENDPOINT_URL, ENV_IGNORE_CONFIGURED, EndpointError, EndpointErrorKind, EndpointRule,
};
use std::fmt;

use crate::env::Env;

/// What the resolver needs to know about a service; `const`-constructible so a
/// macro or a generated SDK can emit it.
///
/// ```
/// use awsop::endpoint::ServiceEndpointInfo;
/// const KMS: ServiceEndpointInfo = ServiceEndpointInfo::new("KMS", "kms");
/// assert_eq!(KMS.env_var_name(), "AWS_ENDPOINT_URL_KMS");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ServiceEndpointInfo {
    pub(super) service_id: &'static str,
    pub(super) endpoint_prefix: &'static str,
    pub(super) rules: &'static [EndpointRule],
}

impl ServiceEndpointInfo {
    /// A service with its model's `serviceId` (such as `Cognito Identity
    /// Provider`) and `endpointPrefix` (such as `cognito-idp`), and no special
    /// cases.
    pub const fn new(service_id: &'static str, endpoint_prefix: &'static str) -> Self {
        ServiceEndpointInfo {
            service_id,
            endpoint_prefix,
            rules: &[],
        }
    }

    /// The same service with these special cases, checked in order.
    pub const fn with_rules(self, rules: &'static [EndpointRule]) -> Self {
        ServiceEndpointInfo { rules, ..self }
    }

    /// The model's `serviceId`.
    pub const fn service_id(&self) -> &'static str {
        self.service_id
    }

    /// The model's `endpointPrefix`: the first label of the standard hostname.
    pub const fn endpoint_prefix(&self) -> &'static str {
        self.endpoint_prefix
    }

    /// The special cases.
    pub const fn rules(&self) -> &'static [EndpointRule] {
        self.rules
    }

    /// `AWS_ENDPOINT_URL_<SERVICE_ID>` for this service; see [`env_var_name`].
    pub fn env_var_name(&self) -> String {
        env_var_name(self.service_id)
    }

    /// The key of this service in a profile's `services` section; see
    /// [`profile_key`].
    pub fn profile_key(&self) -> String {
        profile_key(self.service_id)
    }
}

/// The service-specific endpoint variable: `AWS_ENDPOINT_URL_` and the
/// `serviceId` upper-cased, with spaces and `-` as `_`.
///
/// ```
/// use awsop::endpoint::env_var_name;
/// assert_eq!(env_var_name("Cognito Identity Provider"), "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER");
/// ```
pub fn env_var_name(service_id: &str) -> String {
    format!(
        "{ENV_ENDPOINT_URL}_{}",
        snake(service_id).to_ascii_uppercase()
    )
}

/// The service's key in a profile's `[services name]` section (whose
/// `endpoint_url` sub-property is the override): the `serviceId` lower-cased,
/// with spaces and `-` as `_`.
///
/// ```
/// use awsop::endpoint::profile_key;
/// assert_eq!(profile_key("Cognito Identity Provider"), "cognito_identity_provider");
/// ```
pub fn profile_key(service_id: &str) -> String {
    snake(service_id).to_ascii_lowercase()
}

pub(super) fn snake(service_id: &str) -> String {
    service_id
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// Where an [`Endpoint`](super::Endpoint) came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EndpointSource {
    /// The partition table and the service's rules.
    Rules,
    /// An endpoint URL set in code.
    Code,
    /// `AWS_ENDPOINT_URL_<SERVICE_ID>`.
    EnvService,
    /// `AWS_ENDPOINT_URL`.
    EnvGlobal,
    /// The profile's `services` section.
    ProfileService,
    /// The profile's `endpoint_url`.
    ProfileGlobal,
}

impl EndpointSource {
    /// Whether the endpoint is an override (anything but [`EndpointSource::Rules`]).
    pub fn is_override(self) -> bool {
        self != EndpointSource::Rules
    }

    /// How the source reads in a message, for a service.
    pub(super) fn describe(self, service: &ServiceEndpointInfo) -> String {
        match self {
            EndpointSource::Rules => "the endpoint rules".to_owned(),
            EndpointSource::Code => "the endpoint URL set in code".to_owned(),
            EndpointSource::EnvService => service.env_var_name(),
            EndpointSource::EnvGlobal => ENV_ENDPOINT_URL.to_owned(),
            EndpointSource::ProfileService => {
                format!(
                    "the profile's services section ({}.endpoint_url)",
                    service.profile_key()
                )
            }
            EndpointSource::ProfileGlobal => "the profile's endpoint_url".to_owned(),
        }
    }
}

/// The endpoint URL overrides, already looked up by the caller.
///
/// [`EndpointOverrides::from_env`] fills the environment's part; the profile's
/// part comes from the shared config file. `Debug` hides URLs that could hold
/// credentials.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct EndpointOverrides {
    /// The endpoint URL set in code; never ignored.
    pub code: Option<String>,
    /// `AWS_ENDPOINT_URL_<SERVICE_ID>`.
    pub env_service: Option<String>,
    /// `AWS_ENDPOINT_URL`.
    pub env_global: Option<String>,
    /// `endpoint_url` under the service's key in the profile's `services` section.
    pub profile_service: Option<String>,
    /// The profile's `endpoint_url`.
    pub profile_global: Option<String>,
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`, parsed.
    pub ignore_configured_env: Option<bool>,
    /// The profile's `ignore_configured_endpoint_urls`, parsed.
    pub ignore_configured_profile: Option<bool>,
}

impl EndpointOverrides {
    /// The environment's overrides for `service`: `AWS_ENDPOINT_URL_<SERVICE_ID>`,
    /// `AWS_ENDPOINT_URL` and `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`. The profile
    /// fields are left unset.
    ///
    /// # Errors
    ///
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is neither `true` nor `false`.
    pub fn from_env(env: &Env, service: &ServiceEndpointInfo) -> Result<Self, EndpointError> {
        Ok(EndpointOverrides {
            env_service: env.get(&service.env_var_name()),
            env_global: env.get(ENV_ENDPOINT_URL),
            ignore_configured_env: bool_from_env(env, ENV_IGNORE_CONFIGURED)?,
            ..EndpointOverrides::default()
        })
    }

    /// Whether the configured (non-code) overrides are ignored: the
    /// environment's setting if set, else the profile's, else `false`.
    pub fn ignores_configured(&self) -> bool {
        self.ignore_configured_env
            .or(self.ignore_configured_profile)
            .unwrap_or(false)
    }

    /// The override that wins, with its source.
    pub fn selected(&self) -> Option<(EndpointSource, &str)> {
        let code = self.code.as_deref().map(|u| (EndpointSource::Code, u));
        if code.is_some() || self.ignores_configured() {
            return code;
        }
        [
            (EndpointSource::EnvService, &self.env_service),
            (EndpointSource::EnvGlobal, &self.env_global),
            (EndpointSource::ProfileService, &self.profile_service),
            (EndpointSource::ProfileGlobal, &self.profile_global),
        ]
        .into_iter()
        .find_map(|(source, url)| url.as_deref().map(|u| (source, u)))
    }
}

impl fmt::Debug for EndpointOverrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |url: &Option<String>| url.as_deref().map(shown_url);
        f.debug_struct("EndpointOverrides")
            .field("code", &show(&self.code))
            .field("env_service", &show(&self.env_service))
            .field("env_global", &show(&self.env_global))
            .field("profile_service", &show(&self.profile_service))
            .field("profile_global", &show(&self.profile_global))
            .field("ignore_configured_env", &self.ignore_configured_env)
            .field("ignore_configured_profile", &self.ignore_configured_profile)
            .finish()
    }
}

/// A URL as it may appear in a message: cut at `?`/`#`, hidden whole when it
/// has an `@` (user info), quoted and escaped otherwise.
pub(crate) fn shown_url(url: &str) -> String {
    let cut = url.find(['?', '#']).map_or(url, |i| &url[..i]);
    if cut.contains('@') {
        "<url with user info, not shown>".to_owned()
    } else if cut.len() < url.len() {
        format!("{cut:?} (query or fragment not shown)")
    } else {
        format!("{cut:?}")
    }
}

/// `Some(true|false)` for an environment variable set to `true`/`false` (any
/// case), `None` when unset or empty.
///
/// # Errors
///
/// Any other value, naming the variable.
pub fn bool_from_env(env: &Env, name: &str) -> Result<Option<bool>, EndpointError> {
    env.get(name)
        .map(|v| parse_bool_setting(name, &v))
        .transpose()
}

/// Parses a `true`/`false` setting (any case) such as `AWS_USE_FIPS_ENDPOINT`.
///
/// ```
/// use awsop::endpoint::parse_bool_setting;
/// assert_eq!(parse_bool_setting("AWS_USE_FIPS_ENDPOINT", "TRUE"), Ok(true));
/// assert_eq!(
///     parse_bool_setting("AWS_USE_FIPS_ENDPOINT", "1").unwrap_err().to_string(),
///     "invalid value \"1\" for AWS_USE_FIPS_ENDPOINT: expected true or false",
/// );
/// ```
///
/// # Errors
///
/// Any other value; the message names the setting and the value.
pub fn parse_bool_setting(name: &str, value: &str) -> Result<bool, EndpointError> {
    if value.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if value.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(EndpointError::new(
            EndpointErrorKind::InvalidSetting,
            format!("invalid value {value:?} for {name}: expected true or false"),
        ))
    }
}
