//! Endpoint resolution: the URL an operation is sent to.
//!
//! [`resolve`] turns a service's endpoint data ([`ServiceEndpointInfo`]), a
//! region, the FIPS and dual-stack flags and the configured overrides
//! ([`EndpointOverrides`]) into an [`Endpoint`]. It is a pure function: the
//! caller looks the settings up (environment, profile, code) and passes them in.
//!
//! # Resolution order
//!
//! 1. An override URL, from the first source that is set, in AWS's order:
//!    code, `AWS_ENDPOINT_URL_<SERVICE_ID>` ([`env_var_name`]),
//!    `AWS_ENDPOINT_URL`, the profile's `services` section
//!    (`<service_id_snake>.endpoint_url`, [`profile_key`]), the profile's
//!    `endpoint_url`. When `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the
//!    profile's `ignore_configured_endpoint_urls`) is `true`, only the code
//!    override counts. An override needs no region.
//! 2. Otherwise the region picks a [`Partition`] ([`partition_for_region`]):
//!    a partition that lists the region by name, else the first partition whose
//!    region pattern matches it, else `aws` (the rules' `aws.partition`).
//! 3. The service's special cases ([`EndpointRule`]), checked in order.
//! 4. Otherwise the standard hostnames, where `{dnsSuffix}` and
//!    `{dualStackDnsSuffix}` come from the partition:
//!
//! | FIPS | dual-stack | URL |
//! | --- | --- | --- |
//! | off | off | `https://{prefix}.{region}.{dnsSuffix}` |
//! | on | off | `https://{prefix}-fips.{region}.{dnsSuffix}` |
//! | off | on | `https://{prefix}.{region}.{dualStackDnsSuffix}` |
//! | on | on | `https://{prefix}-fips.{region}.{dualStackDnsSuffix}` |
//!
//! # Special cases
//!
//! A service's endpoint rule set (`endpoint-rule-set-1.json`) is the standard
//! tree above plus a few hard-coded answers. Each answer is an
//! [`EndpointRule`]: a scope (one region, or one partition by name), the
//! [`EndpointVariant`] (FIPS / dual-stack combination) it answers, and a URL
//! template in which `{region}` is the only placeholder. Rules apply after the
//! partition's FIPS / dual-stack support check, exactly where the rule sets nest
//! them, and the first rule that matches wins. Cognito Identity Provider's
//! rules, for instance, are reproduced by:
//!
//! ```
//! use awsop::endpoint::EndpointVariant::{DualStack, FipsDualStack};
//! use awsop::endpoint::{EndpointRule, ServiceEndpointInfo, resolve_from_rules};
//!
//! const FIPS_DS: &str = "https://cognito-idp-fips.us-east-1.amazonaws.com";
//! pub const COGNITO_IDP: ServiceEndpointInfo =
//!     ServiceEndpointInfo::new("Cognito Identity Provider", "cognito-idp").with_rules(&[
//!         // FIPS + dual-stack in these four regions stays on amazonaws.com.
//!         EndpointRule::for_region("us-east-1", FipsDualStack, FIPS_DS),
//!         EndpointRule::for_region(
//!             "us-east-2",
//!             FipsDualStack,
//!             "https://cognito-idp-fips.us-east-2.amazonaws.com",
//!         ),
//!         // ... us-west-1 and us-west-2 alike ...
//!         // Dual-stack without FIPS in the `aws` partition is the standard host.
//!         EndpointRule::for_partition("aws", DualStack, "https://cognito-idp.{region}.amazonaws.com"),
//!     ]);
//!
//! let url = |region, fips, ds| resolve_from_rules(&COGNITO_IDP, region, fips, ds).map(|e| e.url());
//! assert_eq!(url("us-east-1", true, true)?, FIPS_DS);
//! assert_eq!(url("eu-west-1", true, true)?, "https://cognito-idp-fips.eu-west-1.api.aws");
//! assert_eq!(url("eu-west-1", false, true)?, "https://cognito-idp.eu-west-1.amazonaws.com");
//! assert_eq!(url("cn-north-1", false, true)?, "https://cognito-idp.cn-north-1.api.amazonwebservices.com.cn");
//! # Ok::<(), awsop::endpoint::EndpointError>(())
//! ```
//!
//! # Errors
//!
//! Every failure is an [`EndpointError`] whose [`kind`](EndpointError::kind)
//! says what went wrong: no region, a region that is not a host label, FIPS or
//! dual-stack in a partition without them, an override combined with FIPS or
//! dual-stack (the rule sets refuse both), a malformed override URL, a
//! non-`https` URL from the rules, or a bad `true`/`false` setting. Messages
//! name the bad value, except that a URL is never echoed when it could hold
//! credentials (user info, query or fragment).
//!
//! # Defaults
//!
//! FIPS and dual-stack are off; no override; the configured overrides are not
//! ignored. Rule endpoints are always `https`; `http` is accepted only from an
//! override ([`Endpoint::ensure_allowed_scheme`]).

#[path = "partitions.rs"]
mod partitions;

use std::fmt;

use crate::env::Env;

/// The environment variable that turns FIPS endpoints on.
pub const ENV_USE_FIPS: &str = "AWS_USE_FIPS_ENDPOINT";
/// The environment variable that turns dual-stack endpoints on.
pub const ENV_USE_DUAL_STACK: &str = "AWS_USE_DUALSTACK_ENDPOINT";
/// The environment variable for the endpoint URL of every service.
pub const ENV_ENDPOINT_URL: &str = "AWS_ENDPOINT_URL";
/// The environment variable that disables every configured endpoint URL.
pub const ENV_IGNORE_CONFIGURED: &str = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

/// One AWS partition (a group of regions sharing DNS suffixes), as listed in
/// AWS's `partitions.json`.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Partition {
    /// The partition id, such as `aws` or `aws-cn`.
    pub id: &'static str,
    /// The partition name the rule sets compare with (`PartitionResult#name`).
    pub name: &'static str,
    /// The DNS suffix of standard endpoints, such as `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The DNS suffix of dual-stack endpoints, such as `api.aws`.
    pub dual_stack_dns_suffix: &'static str,
    /// Whether the partition has FIPS endpoints.
    pub supports_fips: bool,
    /// Whether the partition has dual-stack endpoints.
    pub supports_dual_stack: bool,
    /// The region global services of this partition sign for.
    pub implicit_global_region: &'static str,
    /// The region regex as written in `partitions.json`, for reference.
    pub region_regex: &'static str,
    /// [`Partition::region_regex`], compiled: a region matches when it starts
    /// with one of these prefixes and the rest is `\w+-\d+`.
    pub region_prefixes: &'static [&'static str],
    /// The regions the partition lists by name.
    pub regions: &'static [&'static str],
}

impl Partition {
    /// Whether the partition lists `region` by name.
    pub fn lists_region(&self, region: &str) -> bool {
        self.regions.contains(&region)
    }

    /// Whether `region` matches the partition's region pattern.
    pub fn matches_pattern(&self, region: &str) -> bool {
        self.region_prefixes
            .iter()
            .any(|prefix| region.strip_prefix(prefix).is_some_and(is_word_dash_digits))
    }
}

/// `\w+\-\d+` over the whole of `s`, with `\w` as ASCII letters, digits and `_`.
fn is_word_dash_digits(s: &str) -> bool {
    // `\w` has no `-`, so the match splits at the first `-`.
    match s.split_once('-') {
        Some((word, digits)) => {
            !word.is_empty()
                && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Every partition, in the order of AWS's `partitions.json`.
pub fn partitions() -> &'static [Partition] {
    &partitions::PARTITIONS
}

/// The partition of `region`: the one that lists it by name, else the first
/// whose pattern matches, else `aws`. Does not validate `region`.
pub fn partition_for_region(region: &str) -> &'static Partition {
    partition_in(
        &partitions::PARTITIONS,
        partitions::DEFAULT_PARTITION,
        region,
    )
}

fn partition_in<'a>(
    table: &'a [Partition],
    fallback: &'a Partition,
    region: &str,
) -> &'a Partition {
    table
        .iter()
        .find(|p| p.lists_region(region))
        .or_else(|| table.iter().find(|p| p.matches_pattern(region)))
        .unwrap_or(fallback)
}

/// A combination of the FIPS and dual-stack flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EndpointVariant {
    /// Neither FIPS nor dual-stack.
    Default,
    /// FIPS only.
    Fips,
    /// Dual-stack only.
    DualStack,
    /// FIPS and dual-stack.
    FipsDualStack,
}

impl EndpointVariant {
    /// The variant for the two flags.
    pub const fn new(fips: bool, dual_stack: bool) -> Self {
        match (fips, dual_stack) {
            (false, false) => EndpointVariant::Default,
            (true, false) => EndpointVariant::Fips,
            (false, true) => EndpointVariant::DualStack,
            (true, true) => EndpointVariant::FipsDualStack,
        }
    }

    /// Whether FIPS is on.
    pub const fn is_fips(self) -> bool {
        matches!(self, EndpointVariant::Fips | EndpointVariant::FipsDualStack)
    }

    /// Whether dual-stack is on.
    pub const fn is_dual_stack(self) -> bool {
        matches!(
            self,
            EndpointVariant::DualStack | EndpointVariant::FipsDualStack
        )
    }
}

/// Where an [`EndpointRule`] applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleScope {
    /// Exactly this region.
    Region(&'static str),
    /// Every region of the partition with this name ([`Partition::name`]).
    Partition(&'static str),
}

/// A service's special case: for regions in `scope` and this variant, use
/// this URL instead of the standard one. See the [module docs](self).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EndpointRule {
    scope: RuleScope,
    variant: EndpointVariant,
    url: &'static str,
}

impl EndpointRule {
    /// A rule for one region. `url` may use `{region}`.
    pub const fn for_region(
        region: &'static str,
        variant: EndpointVariant,
        url: &'static str,
    ) -> Self {
        EndpointRule {
            scope: RuleScope::Region(region),
            variant,
            url,
        }
    }

    /// A rule for every region of a partition, by [`Partition::name`]. `url`
    /// may use `{region}`.
    pub const fn for_partition(
        partition: &'static str,
        variant: EndpointVariant,
        url: &'static str,
    ) -> Self {
        EndpointRule {
            scope: RuleScope::Partition(partition),
            variant,
            url,
        }
    }

    /// Where the rule applies.
    pub const fn scope(&self) -> RuleScope {
        self.scope
    }

    /// The FIPS / dual-stack combination the rule answers.
    pub const fn variant(&self) -> EndpointVariant {
        self.variant
    }

    /// The URL template; `{region}` is the only placeholder.
    pub const fn url(&self) -> &'static str {
        self.url
    }

    fn applies(&self, partition: &Partition, region: &str, variant: EndpointVariant) -> bool {
        self.variant == variant
            && match self.scope {
                RuleScope::Region(r) => r == region,
                RuleScope::Partition(name) => name == partition.name,
            }
    }
}

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
    service_id: &'static str,
    endpoint_prefix: &'static str,
    rules: &'static [EndpointRule],
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

fn snake(service_id: &str) -> String {
    service_id
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// Where an [`Endpoint`] came from.
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
    fn describe(self, service: &ServiceEndpointInfo) -> String {
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

/// Checks that `region` is a lower-case host label: 1 to 63 of `a-z`, `0-9`
/// and `-`, not starting or ending with `-`.
///
/// # Errors
///
/// [`EndpointErrorKind::InvalidRegion`], naming the region and the problem.
pub fn validate_region(region: &str) -> Result<(), EndpointError> {
    let problem = if region.is_empty() {
        Some("it is empty".to_owned())
    } else if region.len() > 63 {
        Some("it is longer than 63 characters".to_owned())
    } else if let Some(c) = region
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        let lower = region.to_ascii_lowercase();
        if c.is_ascii_uppercase() && validate_region(&lower).is_ok() {
            Some(format!("regions are lower case (did you mean {lower:?}?)"))
        } else {
            Some(format!(
                "{c:?} is not allowed; a region has only a-z, 0-9 and '-'"
            ))
        }
    } else if region.starts_with('-') || region.ends_with('-') {
        Some("it starts or ends with '-'".to_owned())
    } else {
        None
    };
    match problem {
        None => Ok(()),
        Some(problem) => Err(EndpointError::new(
            EndpointErrorKind::InvalidRegion,
            format!("invalid region {region:?}: {problem}"),
        )),
    }
}

/// A URL scheme an [`Endpoint`] can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// `http`: only from an override.
    Http,
    /// `https`.
    Https,
}

impl Scheme {
    /// `http` or `https`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

/// A resolved endpoint: scheme, host, optional port and path prefix, and where
/// it came from. `Display` prints the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    scheme: Scheme,
    host: String,
    port: Option<u16>,
    path_prefix: String,
    source: EndpointSource,
}

impl Endpoint {
    /// The scheme.
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The host, lower-cased; an IPv6 address keeps its brackets.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, if the URL gave one (kept even when it is the default).
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// `host[:port]`, as for a `Host` header.
    pub fn authority(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The path prefix without a trailing `/` (`""` when there is none), such
    /// as `/prefix` for `https://host/prefix/`.
    pub fn path_prefix(&self) -> &str {
        &self.path_prefix
    }

    /// Where the endpoint came from.
    pub fn source(&self) -> EndpointSource {
        self.source
    }

    /// Whether the endpoint is an override rather than from the rules.
    pub fn is_override(&self) -> bool {
        self.source.is_override()
    }

    /// `scheme://authority` and the path prefix.
    pub fn url(&self) -> String {
        format!(
            "{}://{}{}",
            self.scheme.as_str(),
            self.authority(),
            self.path_prefix
        )
    }

    /// The full URL of a request `path` (which starts with `/`) at this
    /// endpoint: `https://h/p` and `/` give `https://h/p/`.
    pub fn url_for(&self, path: &str) -> String {
        format!("{}{path}", self.url())
    }

    /// Refuses `http` unless the endpoint is an override; the transport calls
    /// this before sending.
    ///
    /// # Errors
    ///
    /// [`EndpointErrorKind::InsecureEndpoint`].
    pub fn ensure_allowed_scheme(&self) -> Result<(), EndpointError> {
        if self.scheme == Scheme::Https || self.is_override() {
            Ok(())
        } else {
            Err(EndpointError::new(
                EndpointErrorKind::InsecureEndpoint,
                format!(
                    "refusing {} from the endpoint rules: only an endpoint override may use http",
                    self.url()
                ),
            ))
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url())
    }
}

/// Resolves the endpoint of `service`; see the [module docs](self) for the
/// order.
///
/// `region` is needed only when no override applies; `fips` and `dual_stack`
/// are the settings from code, `AWS_USE_FIPS_ENDPOINT` /
/// `AWS_USE_DUALSTACK_ENDPOINT` or the profile.
///
/// # Errors
///
/// See the [module docs](self#errors).
pub fn resolve(
    service: &ServiceEndpointInfo,
    region: Option<&str>,
    fips: bool,
    dual_stack: bool,
    overrides: &EndpointOverrides,
) -> Result<Endpoint, EndpointError> {
    if let Some((source, url)) = overrides.selected() {
        let what = source.describe(service);
        if fips {
            return Err(EndpointError::new(
                EndpointErrorKind::OverrideWithFips,
                format!(
                    "the endpoint URL from {what} cannot be used with FIPS: turn FIPS off \
                     (in code, {ENV_USE_FIPS} or the profile's use_fips_endpoint) or remove the override"
                ),
            ));
        }
        if dual_stack {
            return Err(EndpointError::new(
                EndpointErrorKind::OverrideWithDualStack,
                format!(
                    "the endpoint URL from {what} cannot be used with dual-stack: turn dual-stack off \
                     (in code, {ENV_USE_DUAL_STACK} or the profile's use_dualstack_endpoint) or remove the override"
                ),
            ));
        }
        return parse_endpoint_url(url, source).map_err(|problem| {
            EndpointError::new(
                EndpointErrorKind::InvalidUrl,
                format!(
                    "invalid endpoint URL {} from {what}: {problem}",
                    shown_url(url)
                ),
            )
        });
    }
    let Some(region) = region else {
        return Err(EndpointError::new(
            EndpointErrorKind::MissingRegion,
            format!(
                "no region for {}: set one in code, with the AWS_REGION environment variable, \
                 or with `region` in the profile",
                service.service_id
            ),
        ));
    };
    resolve_from_rules(service, region, fips, dual_stack)
}

/// Resolves from the partition table and the service's rules only, ignoring
/// overrides.
///
/// # Errors
///
/// An invalid region, an unsupported FIPS / dual-stack combination, or a bad
/// or non-`https` rule URL.
pub fn resolve_from_rules(
    service: &ServiceEndpointInfo,
    region: &str,
    fips: bool,
    dual_stack: bool,
) -> Result<Endpoint, EndpointError> {
    validate_region(region)?;
    resolve_in_partition(
        service,
        partition_for_region(region),
        region,
        EndpointVariant::new(fips, dual_stack),
    )
}

fn resolve_in_partition(
    service: &ServiceEndpointInfo,
    partition: &Partition,
    region: &str,
    variant: EndpointVariant,
) -> Result<Endpoint, EndpointError> {
    let unsupported = match variant {
        // The rule sets give one error for both; the kind names what is missing.
        EndpointVariant::FipsDualStack if !partition.supports_fips => Some((
            EndpointErrorKind::FipsNotSupported,
            "FIPS and dual-stack endpoints together",
        )),
        EndpointVariant::FipsDualStack if !partition.supports_dual_stack => Some((
            EndpointErrorKind::DualStackNotSupported,
            "FIPS and dual-stack endpoints together",
        )),
        EndpointVariant::Fips if !partition.supports_fips => {
            Some((EndpointErrorKind::FipsNotSupported, "FIPS endpoints"))
        }
        EndpointVariant::DualStack if !partition.supports_dual_stack => Some((
            EndpointErrorKind::DualStackNotSupported,
            "dual-stack endpoints",
        )),
        _ => None,
    };
    if let Some((kind, what)) = unsupported {
        return Err(EndpointError::new(
            kind,
            format!(
                "partition {} (region {region}) does not support {what}",
                partition.id
            ),
        ));
    }

    if !is_dns_name(service.endpoint_prefix) {
        return Err(EndpointError::new(
            EndpointErrorKind::InvalidRule,
            format!(
                "the endpoint prefix {:?} of {} is not a DNS name",
                service.endpoint_prefix, service.service_id
            ),
        ));
    }
    let url = match service
        .rules
        .iter()
        .find(|r| r.applies(partition, region, variant))
    {
        Some(rule) => expand_template(service, rule.url, region)?,
        None => {
            let fips = if variant.is_fips() { "-fips" } else { "" };
            let suffix = if variant.is_dual_stack() {
                partition.dual_stack_dns_suffix
            } else {
                partition.dns_suffix
            };
            format!(
                "https://{}{fips}.{region}.{suffix}",
                service.endpoint_prefix
            )
        }
    };
    let endpoint = parse_endpoint_url(&url, EndpointSource::Rules).map_err(|problem| {
        EndpointError::new(
            EndpointErrorKind::InvalidRule,
            format!(
                "the endpoint rules of {} give an invalid URL {}: {problem}",
                service.service_id,
                shown_url(&url)
            ),
        )
    })?;
    endpoint.ensure_allowed_scheme()?;
    Ok(endpoint)
}

/// Replaces `{region}` in a rule's URL; any other `{` or `}` is an error.
fn expand_template(
    service: &ServiceEndpointInfo,
    template: &str,
    region: &str,
) -> Result<String, EndpointError> {
    let expanded = template.replace("{region}", region);
    if expanded.contains(['{', '}']) {
        return Err(EndpointError::new(
            EndpointErrorKind::InvalidRule,
            format!(
                "an endpoint rule of {} has an unknown placeholder in {template:?} (only {{region}} is supported)",
                service.service_id
            ),
        ));
    }
    Ok(expanded)
}

/// Why a URL was refused; shown after the URL in [`EndpointError`]s.
#[derive(Debug)]
enum UrlProblem {
    Whitespace,
    NoScheme,
    Scheme(Option<String>),
    UserInfo,
    Query,
    Fragment,
    NoHost,
    Host,
    Port,
    Path,
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Whitespace => f.write_str("it contains whitespace or control characters"),
            UrlProblem::NoScheme => f.write_str("it must start with http:// or https://"),
            UrlProblem::Scheme(Some(s)) => write!(f, "the scheme {s:?} is not http or https"),
            UrlProblem::Scheme(None) => f.write_str("the scheme is not http or https"),
            UrlProblem::UserInfo => {
                f.write_str("a user name or password (user@host) is not allowed")
            }
            UrlProblem::Query => f.write_str("a query (?...) is not allowed"),
            UrlProblem::Fragment => f.write_str("a fragment (#...) is not allowed"),
            UrlProblem::NoHost => f.write_str("a host is required"),
            UrlProblem::Host => f.write_str("the host is not a valid DNS name or IP address"),
            UrlProblem::Port => f.write_str("the port must be a number from 1 to 65535"),
            UrlProblem::Path => f.write_str("the path has a character that is not allowed"),
        }
    }
}

/// Parses an absolute `http`/`https` URL with a host, an optional port and an
/// optional path prefix; no user info, query or fragment.
fn parse_endpoint_url(url: &str, source: EndpointSource) -> Result<Endpoint, UrlProblem> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Whitespace);
    }
    let (scheme, rest) = url.split_once("://").ok_or(UrlProblem::NoScheme)?;
    let scheme = if scheme.eq_ignore_ascii_case("https") {
        Scheme::Https
    } else if scheme.eq_ignore_ascii_case("http") {
        Scheme::Http
    } else {
        // Echo the scheme only when it looks like one (it cannot then hold a
        // password).
        let plain = !scheme.is_empty()
            && scheme.len() <= 16
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        return Err(UrlProblem::Scheme(plain.then(|| scheme.to_owned())));
    };
    let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    if authority.contains('@') {
        return Err(UrlProblem::UserInfo);
    }
    if rest.contains('?') {
        return Err(UrlProblem::Query);
    }
    if rest.contains('#') {
        return Err(UrlProblem::Fragment);
    }
    if authority.is_empty() {
        return Err(UrlProblem::NoHost);
    }
    let (host, port) = split_host_port(authority)?;
    if host.is_empty() {
        return Err(UrlProblem::NoHost);
    }
    if !(is_ipv6_literal(host) || is_dns_name(host)) {
        return Err(UrlProblem::Host);
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u16>() {
                Ok(0) | Err(_) => return Err(UrlProblem::Port),
                Ok(n) => Some(n),
            }
        }
        Some(_) => return Err(UrlProblem::Port),
    };
    if !is_valid_path(path) {
        return Err(UrlProblem::Path);
    }
    Ok(Endpoint {
        scheme,
        host: host.to_ascii_lowercase(),
        port,
        path_prefix: path.trim_end_matches('/').to_owned(),
        source,
    })
}

/// Splits `host[:port]` or `[v6][:port]`.
fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), UrlProblem> {
    if authority.starts_with('[') {
        let end = authority.find(']').ok_or(UrlProblem::Host)?;
        let (host, after) = authority.split_at(end + 1);
        match after {
            "" => Ok((host, None)),
            _ => after
                .strip_prefix(':')
                .map(|p| (host, Some(p)))
                .ok_or(UrlProblem::Host),
        }
    } else {
        Ok(match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        })
    }
}

fn is_ipv6_literal(host: &str) -> bool {
    host.strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.contains(':')
                && inner
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        })
}

/// Dot-separated labels of letters, digits, `-` and `_`, none empty and none
/// starting or ending with `-` (IPv4 addresses pass too).
fn is_dns_name(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// RFC 3986 path characters, with `%` followed by two hex digits.
fn is_valid_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}

/// What kind of [`EndpointError`] happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointErrorKind {
    /// No region and no override.
    MissingRegion,
    /// The region is not a lower-case host label.
    InvalidRegion,
    /// FIPS (alone or with dual-stack) was asked for in a partition without
    /// FIPS endpoints.
    FipsNotSupported,
    /// Dual-stack (alone or with FIPS) was asked for in a partition without
    /// dual-stack endpoints.
    DualStackNotSupported,
    /// An override together with FIPS.
    OverrideWithFips,
    /// An override together with dual-stack.
    OverrideWithDualStack,
    /// A malformed override URL.
    InvalidUrl,
    /// An `http` endpoint that is not an override.
    InsecureEndpoint,
    /// The service's endpoint data is wrong (a bad rule URL or placeholder).
    InvalidRule,
    /// A `true`/`false` setting with another value.
    InvalidSetting,
}

/// Why no endpoint could be resolved. `Display` says what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointError {
    kind: EndpointErrorKind,
    message: String,
}

impl EndpointError {
    fn new(kind: EndpointErrorKind, message: String) -> Self {
        EndpointError { kind, message }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> EndpointErrorKind {
        self.kind
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EndpointError {}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests {
    use super::*;

    const SVC: ServiceEndpointInfo = ServiceEndpointInfo::new("Example Service", "example");

    fn url_ok(url: &str) -> Endpoint {
        parse_endpoint_url(url, EndpointSource::Code).unwrap()
    }

    fn url_err(url: &str) -> String {
        parse_endpoint_url(url, EndpointSource::Code)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn pattern_matcher_is_the_regex_shape() {
        let aws = partition_for_region("us-east-1");
        assert!(aws.matches_pattern("us-east-1"));
        assert!(aws.matches_pattern("mx-central-42"));
        assert!(aws.matches_pattern("us-a_b-1"));
        assert!(!aws.matches_pattern("us-east-"));
        assert!(!aws.matches_pattern("us--1"));
        assert!(!aws.matches_pattern("us-east-1a"));
        assert!(!aws.matches_pattern("us-iso-east-1"));
        assert!(!aws.matches_pattern("xx-east-1"));
        assert!(!aws.matches_pattern("us-east-1-1"));
        assert!(!is_word_dash_digits("east1"));
    }

    #[test]
    fn partition_choice_list_then_pattern_then_aws() {
        assert_eq!(partition_for_region("aws-global").id, "aws");
        assert_eq!(partition_for_region("aws-cn-global").id, "aws-cn");
        assert_eq!(partition_for_region("cn-south-7").id, "aws-cn");
        assert_eq!(partition_for_region("us-gov-north-9").id, "aws-us-gov");
        assert_eq!(partition_for_region("eusc-de-west-3").id, "aws-eusc");
        assert_eq!(partition_for_region("eusc-fr-west-3").id, "aws");
        assert_eq!(partition_for_region("nowhere").id, "aws");
        assert_eq!(partitions().len(), 8);
    }

    fn fake(supports_fips: bool, supports_dual_stack: bool) -> Partition {
        Partition {
            id: "fake",
            name: "fake",
            dns_suffix: "fake.test",
            dual_stack_dns_suffix: "ds.fake.test",
            supports_fips,
            supports_dual_stack,
            implicit_global_region: "fk-east-1",
            region_regex: r"^fk\-\w+\-\d+$",
            region_prefixes: &["fk-"],
            regions: &["fk-east-1"],
        }
    }

    #[test]
    fn unsupported_variants_are_errors() {
        let region = "fk-east-1";
        let go = |p: &Partition, v| resolve_in_partition(&SVC, p, region, v);
        let none = fake(false, false);
        let e = go(&none, EndpointVariant::Fips).unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::FipsNotSupported);
        assert_eq!(
            e.to_string(),
            "partition fake (region fk-east-1) does not support FIPS endpoints"
        );
        let e = go(&none, EndpointVariant::DualStack).unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::DualStackNotSupported);
        assert_eq!(
            e.to_string(),
            "partition fake (region fk-east-1) does not support dual-stack endpoints"
        );
        let fips_only = fake(true, false);
        assert_eq!(
            go(&fips_only, EndpointVariant::Fips).unwrap().url(),
            "https://example-fips.fk-east-1.fake.test"
        );
        let e = go(&fips_only, EndpointVariant::FipsDualStack).unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::DualStackNotSupported);
        assert_eq!(
            e.to_string(),
            "partition fake (region fk-east-1) does not support FIPS and dual-stack endpoints together"
        );
        let ds_only = fake(false, true);
        assert_eq!(
            go(&ds_only, EndpointVariant::DualStack).unwrap().url(),
            "https://example.fk-east-1.ds.fake.test"
        );
        let e = go(&ds_only, EndpointVariant::FipsDualStack).unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::FipsNotSupported);
        assert_eq!(
            go(&none, EndpointVariant::Default).unwrap().url(),
            "https://example.fk-east-1.fake.test"
        );
    }

    #[test]
    fn urls_parse_into_parts() {
        let e = url_ok("HTTP://LocalHost:5000/Prefix/");
        assert_eq!(e.scheme(), Scheme::Http);
        assert_eq!(e.host(), "localhost");
        assert_eq!(e.port(), Some(5000));
        assert_eq!(e.authority(), "localhost:5000");
        assert_eq!(e.path_prefix(), "/Prefix");
        assert_eq!(e.url(), "http://localhost:5000/Prefix");
        assert_eq!(e.url_for("/"), "http://localhost:5000/Prefix/");
        let v6 = url_ok("http://[::1]:8080");
        assert_eq!((v6.host(), v6.port()), ("[::1]", Some(8080)));
        assert_eq!(
            url_ok("https://127.0.0.1").url_for("/"),
            "https://127.0.0.1/"
        );
        assert_eq!(url_ok("https://h/").path_prefix(), "");
        assert_eq!(url_ok("https://h/a%2Fb/c").path_prefix(), "/a%2Fb/c");
    }

    #[test]
    fn bad_urls_say_why() {
        assert_eq!(
            url_err("localhost:5000"),
            "it must start with http:// or https://"
        );
        assert_eq!(
            url_err("ftp://h"),
            "the scheme \"ftp\" is not http or https"
        );
        assert_eq!(url_err("https://"), "a host is required");
        assert_eq!(url_err("https:///path"), "a host is required");
        assert_eq!(url_err("https://:443"), "a host is required");
        assert_eq!(url_err("https://h?x=1"), "a query (?...) is not allowed");
        assert_eq!(url_err("https://h/p#f"), "a fragment (#...) is not allowed");
        assert_eq!(
            url_err("https://h:0"),
            "the port must be a number from 1 to 65535"
        );
        assert_eq!(
            url_err("https://h:65536"),
            "the port must be a number from 1 to 65535"
        );
        assert_eq!(
            url_err("https://h:"),
            "the port must be a number from 1 to 65535"
        );
        assert_eq!(
            url_err("https://h:8x"),
            "the port must be a number from 1 to 65535"
        );
        assert_eq!(
            url_err("https://h..com"),
            "the host is not a valid DNS name or IP address"
        );
        assert_eq!(
            url_err("https://-h.com"),
            "the host is not a valid DNS name or IP address"
        );
        assert_eq!(
            url_err("https://[zz]"),
            "the host is not a valid DNS name or IP address"
        );
        assert_eq!(
            url_err("https://[::1]x"),
            "the host is not a valid DNS name or IP address"
        );
        assert_eq!(
            url_err("https://h/a b"),
            "it contains whitespace or control characters"
        );
        assert_eq!(
            url_err("https://h/a%zz"),
            "the path has a character that is not allowed"
        );
        assert_eq!(
            url_err("https://h/a\\b"),
            "the path has a character that is not allowed"
        );
        assert_eq!(
            url_err("https://u@h"),
            "a user name or password (user@host) is not allowed"
        );
        assert_eq!(url_err("pw@x://h"), "the scheme is not http or https");
    }

    #[test]
    fn shown_url_hides_what_could_be_secret() {
        assert_eq!(shown_url("https://h:1/p"), "\"https://h:1/p\"");
        assert_eq!(
            shown_url("https://u:pw@h"),
            "<url with user info, not shown>"
        );
        assert_eq!(
            shown_url("https://h/?X-Amz-Security-Token=tok"),
            "\"https://h/\" (query or fragment not shown)"
        );
    }

    #[test]
    fn templates_allow_only_region() {
        assert_eq!(
            expand_template(&SVC, "https://x.{region}.y", "r-1").unwrap(),
            "https://x.r-1.y"
        );
        let e = expand_template(&SVC, "https://x.{Region}.y", "r-1").unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::InvalidRule);
        assert_eq!(
            e.to_string(),
            "an endpoint rule of Example Service has an unknown placeholder in \
             \"https://x.{Region}.y\" (only {region} is supported)"
        );
    }

    #[test]
    fn variants_round_trip() {
        for (f, d) in [(false, false), (true, false), (false, true), (true, true)] {
            let v = EndpointVariant::new(f, d);
            assert_eq!((v.is_fips(), v.is_dual_stack()), (f, d));
        }
    }
}
