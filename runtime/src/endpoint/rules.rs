//! Partitions and the endpoint rules of a service within one.

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
pub(super) fn is_word_dash_digits(s: &str) -> bool {
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
    &super::partitions::PARTITIONS
}

/// The partition of `region`: the one that lists it by name, else the first
/// whose pattern matches, else `aws`. Does not validate `region`.
pub fn partition_for_region(region: &str) -> &'static Partition {
    partition_in(
        &super::partitions::PARTITIONS,
        super::partitions::DEFAULT_PARTITION,
        region,
    )
}

pub(super) fn partition_in<'a>(
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
/// this URL instead of the standard one. See the [module docs](super).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EndpointRule {
    scope: RuleScope,
    variant: EndpointVariant,
    pub(super) url: &'static str,
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

    pub(super) fn applies(
        &self,
        partition: &Partition,
        region: &str,
        variant: EndpointVariant,
    ) -> bool {
        self.variant == variant
            && match self.scope {
                RuleScope::Region(r) => r == region,
                RuleScope::Partition(name) => name == partition.name,
            }
    }
}
