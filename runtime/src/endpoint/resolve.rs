//! Resolving an [`Endpoint`]: an override, else the partition's rules.

use super::url::{is_dns_name, parse_endpoint_url};
use super::{
    ENV_USE_DUAL_STACK, ENV_USE_FIPS, EndpointError, EndpointErrorKind, EndpointOverrides,
    EndpointSource, EndpointVariant, Partition, ServiceEndpointInfo, partition_for_region,
    shown_url,
};
use std::fmt;

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
    pub(super) scheme: Scheme,
    pub(super) host: String,
    pub(super) port: Option<u16>,
    pub(super) path_prefix: String,
    pub(super) source: EndpointSource,
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

/// Resolves the endpoint of `service`; see the [module docs](super) for the
/// order.
///
/// `region` is needed only when no override applies; `fips` and `dual_stack`
/// are the settings from code, `AWS_USE_FIPS_ENDPOINT` /
/// `AWS_USE_DUALSTACK_ENDPOINT` or the profile.
///
/// # Errors
///
/// See the [module docs](super#errors).
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

pub(super) fn resolve_in_partition(
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
pub(super) fn expand_template(
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
