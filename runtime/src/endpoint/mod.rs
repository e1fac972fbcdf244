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

use std::fmt;

mod overrides;
mod partitions;
mod resolve;
mod rules;
#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests;
mod url;

pub(crate) use overrides::shown_url;
pub use overrides::{
    EndpointOverrides, EndpointSource, ServiceEndpointInfo, bool_from_env, env_var_name,
    parse_bool_setting, profile_key,
};
pub use resolve::{Endpoint, Scheme, resolve, resolve_from_rules, validate_region};
pub use rules::{
    EndpointRule, EndpointVariant, Partition, RuleScope, partition_for_region, partitions,
};

/// The environment variable that turns FIPS endpoints on.
pub const ENV_USE_FIPS: &str = "AWS_USE_FIPS_ENDPOINT";
/// The environment variable that turns dual-stack endpoints on.
pub const ENV_USE_DUAL_STACK: &str = "AWS_USE_DUALSTACK_ENDPOINT";
/// The environment variable for the endpoint URL of every service.
pub const ENV_ENDPOINT_URL: &str = "AWS_ENDPOINT_URL";
/// The environment variable that disables every configured endpoint URL.
pub const ENV_IGNORE_CONFIGURED: &str = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

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
