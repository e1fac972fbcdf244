//! Endpoint resolution against Cognito Identity Provider's endpoint rules
//! (`endpoint-rule-set-1.json` of botocore 1.44.8), region validation, the
//! override order and override URL checks.
//!
//! The expected URLs were derived by reading the rule set: FIPS and dual-stack
//! in us-east-1, us-east-2, us-west-1 and us-west-2 stay on
//! `cognito-idp-fips.{region}.amazonaws.com`; dual-stack without FIPS in the
//! `aws` partition stays on `cognito-idp.{region}.amazonaws.com`; everything
//! else is the standard template over the partition's suffixes.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use awsop::endpoint::{
    Endpoint, EndpointErrorKind, EndpointOverrides, EndpointRule, EndpointSource, EndpointVariant,
    EndpointVariant::{DualStack, Fips, FipsDualStack},
    Scheme, ServiceEndpointInfo, bool_from_env, env_var_name, parse_bool_setting,
    partition_for_region, profile_key, resolve, resolve_from_rules, validate_region,
};
use awsop::env::Env;

/// Cognito Identity Provider's endpoint data, as a service crate would emit it.
const COGNITO_IDP: ServiceEndpointInfo =
    ServiceEndpointInfo::new("Cognito Identity Provider", "cognito-idp").with_rules(&[
        EndpointRule::for_region(
            "us-east-1",
            FipsDualStack,
            "https://cognito-idp-fips.us-east-1.amazonaws.com",
        ),
        EndpointRule::for_region(
            "us-east-2",
            FipsDualStack,
            "https://cognito-idp-fips.us-east-2.amazonaws.com",
        ),
        EndpointRule::for_region(
            "us-west-1",
            FipsDualStack,
            "https://cognito-idp-fips.us-west-1.amazonaws.com",
        ),
        EndpointRule::for_region(
            "us-west-2",
            FipsDualStack,
            "https://cognito-idp-fips.us-west-2.amazonaws.com",
        ),
        EndpointRule::for_partition(
            "aws",
            DualStack,
            "https://cognito-idp.{region}.amazonaws.com",
        ),
    ]);

fn url(region: &str, fips: bool, dual_stack: bool) -> String {
    let endpoint = resolve(
        &COGNITO_IDP,
        Some(region),
        fips,
        dual_stack,
        &EndpointOverrides::default(),
    )
    .unwrap_or_else(|e| panic!("{region} fips={fips} dual_stack={dual_stack}: {e}"));
    assert_eq!(endpoint.source(), EndpointSource::Rules);
    assert_eq!(endpoint.scheme(), Scheme::Https);
    assert_eq!(endpoint.path_prefix(), "");
    endpoint.url()
}

/// `name: region, partition => default, FIPS, dual-stack, FIPS + dual-stack`.
macro_rules! cognito {
    ($($name:ident: $region:literal, $partition:literal =>
        $default:literal, $fips:literal, $ds:literal, $both:literal;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(partition_for_region($region).id, $partition);
            assert_eq!(url($region, false, false), $default, "default");
            assert_eq!(url($region, true, false), $fips, "FIPS");
            assert_eq!(url($region, false, true), $ds, "dual-stack");
            assert_eq!(url($region, true, true), $both, "FIPS + dual-stack");
        }
    )*};
}

cognito! {
    // aws: the special cases.
    aws_us_east_1: "us-east-1", "aws" =>
        "https://cognito-idp.us-east-1.amazonaws.com",
        "https://cognito-idp-fips.us-east-1.amazonaws.com",
        "https://cognito-idp.us-east-1.amazonaws.com",
        "https://cognito-idp-fips.us-east-1.amazonaws.com";
    aws_us_east_2: "us-east-2", "aws" =>
        "https://cognito-idp.us-east-2.amazonaws.com",
        "https://cognito-idp-fips.us-east-2.amazonaws.com",
        "https://cognito-idp.us-east-2.amazonaws.com",
        "https://cognito-idp-fips.us-east-2.amazonaws.com";
    aws_us_west_1: "us-west-1", "aws" =>
        "https://cognito-idp.us-west-1.amazonaws.com",
        "https://cognito-idp-fips.us-west-1.amazonaws.com",
        "https://cognito-idp.us-west-1.amazonaws.com",
        "https://cognito-idp-fips.us-west-1.amazonaws.com";
    aws_us_west_2: "us-west-2", "aws" =>
        "https://cognito-idp.us-west-2.amazonaws.com",
        "https://cognito-idp-fips.us-west-2.amazonaws.com",
        "https://cognito-idp.us-west-2.amazonaws.com",
        "https://cognito-idp-fips.us-west-2.amazonaws.com";
    // aws: FIPS + dual-stack outside those four goes to api.aws.
    aws_eu_west_1: "eu-west-1", "aws" =>
        "https://cognito-idp.eu-west-1.amazonaws.com",
        "https://cognito-idp-fips.eu-west-1.amazonaws.com",
        "https://cognito-idp.eu-west-1.amazonaws.com",
        "https://cognito-idp-fips.eu-west-1.api.aws";
    aws_ap_southeast_7: "ap-southeast-7", "aws" =>
        "https://cognito-idp.ap-southeast-7.amazonaws.com",
        "https://cognito-idp-fips.ap-southeast-7.amazonaws.com",
        "https://cognito-idp.ap-southeast-7.amazonaws.com",
        "https://cognito-idp-fips.ap-southeast-7.api.aws";
    aws_global: "aws-global", "aws" =>
        "https://cognito-idp.aws-global.amazonaws.com",
        "https://cognito-idp-fips.aws-global.amazonaws.com",
        "https://cognito-idp.aws-global.amazonaws.com",
        "https://cognito-idp-fips.aws-global.api.aws";
    // aws by the regex only (not listed), and by the fallback.
    aws_regex_us_east_9: "us-east-9", "aws" =>
        "https://cognito-idp.us-east-9.amazonaws.com",
        "https://cognito-idp-fips.us-east-9.amazonaws.com",
        "https://cognito-idp.us-east-9.amazonaws.com",
        "https://cognito-idp-fips.us-east-9.api.aws";
    aws_fallback_unknown_region: "moon-base-1", "aws" =>
        "https://cognito-idp.moon-base-1.amazonaws.com",
        "https://cognito-idp-fips.moon-base-1.amazonaws.com",
        "https://cognito-idp.moon-base-1.amazonaws.com",
        "https://cognito-idp-fips.moon-base-1.api.aws";
    // aws-cn
    aws_cn_north_1: "cn-north-1", "aws-cn" =>
        "https://cognito-idp.cn-north-1.amazonaws.com.cn",
        "https://cognito-idp-fips.cn-north-1.amazonaws.com.cn",
        "https://cognito-idp.cn-north-1.api.amazonwebservices.com.cn",
        "https://cognito-idp-fips.cn-north-1.api.amazonwebservices.com.cn";
    aws_cn_northwest_1: "cn-northwest-1", "aws-cn" =>
        "https://cognito-idp.cn-northwest-1.amazonaws.com.cn",
        "https://cognito-idp-fips.cn-northwest-1.amazonaws.com.cn",
        "https://cognito-idp.cn-northwest-1.api.amazonwebservices.com.cn",
        "https://cognito-idp-fips.cn-northwest-1.api.amazonwebservices.com.cn";
    aws_cn_global: "aws-cn-global", "aws-cn" =>
        "https://cognito-idp.aws-cn-global.amazonaws.com.cn",
        "https://cognito-idp-fips.aws-cn-global.amazonaws.com.cn",
        "https://cognito-idp.aws-cn-global.api.amazonwebservices.com.cn",
        "https://cognito-idp-fips.aws-cn-global.api.amazonwebservices.com.cn";
    aws_cn_regex_cn_south_7: "cn-south-7", "aws-cn" =>
        "https://cognito-idp.cn-south-7.amazonaws.com.cn",
        "https://cognito-idp-fips.cn-south-7.amazonaws.com.cn",
        "https://cognito-idp.cn-south-7.api.amazonwebservices.com.cn",
        "https://cognito-idp-fips.cn-south-7.api.amazonwebservices.com.cn";
    // aws-us-gov: same suffixes as aws, but no special cases.
    aws_us_gov_west_1: "us-gov-west-1", "aws-us-gov" =>
        "https://cognito-idp.us-gov-west-1.amazonaws.com",
        "https://cognito-idp-fips.us-gov-west-1.amazonaws.com",
        "https://cognito-idp.us-gov-west-1.api.aws",
        "https://cognito-idp-fips.us-gov-west-1.api.aws";
    aws_us_gov_east_1: "us-gov-east-1", "aws-us-gov" =>
        "https://cognito-idp.us-gov-east-1.amazonaws.com",
        "https://cognito-idp-fips.us-gov-east-1.amazonaws.com",
        "https://cognito-idp.us-gov-east-1.api.aws",
        "https://cognito-idp-fips.us-gov-east-1.api.aws";
    // aws-iso
    aws_iso_us_iso_east_1: "us-iso-east-1", "aws-iso" =>
        "https://cognito-idp.us-iso-east-1.c2s.ic.gov",
        "https://cognito-idp-fips.us-iso-east-1.c2s.ic.gov",
        "https://cognito-idp.us-iso-east-1.api.aws.ic.gov",
        "https://cognito-idp-fips.us-iso-east-1.api.aws.ic.gov";
    aws_iso_us_iso_west_1: "us-iso-west-1", "aws-iso" =>
        "https://cognito-idp.us-iso-west-1.c2s.ic.gov",
        "https://cognito-idp-fips.us-iso-west-1.c2s.ic.gov",
        "https://cognito-idp.us-iso-west-1.api.aws.ic.gov",
        "https://cognito-idp-fips.us-iso-west-1.api.aws.ic.gov";
    // aws-iso-b
    aws_iso_b_us_isob_east_1: "us-isob-east-1", "aws-iso-b" =>
        "https://cognito-idp.us-isob-east-1.sc2s.sgov.gov",
        "https://cognito-idp-fips.us-isob-east-1.sc2s.sgov.gov",
        "https://cognito-idp.us-isob-east-1.api.aws.scloud",
        "https://cognito-idp-fips.us-isob-east-1.api.aws.scloud";
    // aws-iso-e
    aws_iso_e_eu_isoe_west_1: "eu-isoe-west-1", "aws-iso-e" =>
        "https://cognito-idp.eu-isoe-west-1.cloud.adc-e.uk",
        "https://cognito-idp-fips.eu-isoe-west-1.cloud.adc-e.uk",
        "https://cognito-idp.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
        "https://cognito-idp-fips.eu-isoe-west-1.api.cloud-aws.adc-e.uk";
    // aws-iso-f
    aws_iso_f_us_isof_south_1: "us-isof-south-1", "aws-iso-f" =>
        "https://cognito-idp.us-isof-south-1.csp.hci.ic.gov",
        "https://cognito-idp-fips.us-isof-south-1.csp.hci.ic.gov",
        "https://cognito-idp.us-isof-south-1.api.aws.hci.ic.gov",
        "https://cognito-idp-fips.us-isof-south-1.api.aws.hci.ic.gov";
    aws_iso_f_us_isof_east_1: "us-isof-east-1", "aws-iso-f" =>
        "https://cognito-idp.us-isof-east-1.csp.hci.ic.gov",
        "https://cognito-idp-fips.us-isof-east-1.csp.hci.ic.gov",
        "https://cognito-idp.us-isof-east-1.api.aws.hci.ic.gov",
        "https://cognito-idp-fips.us-isof-east-1.api.aws.hci.ic.gov";
    // aws-eusc, listed and by the regex.
    aws_eusc_eusc_de_east_1: "eusc-de-east-1", "aws-eusc" =>
        "https://cognito-idp.eusc-de-east-1.amazonaws.eu",
        "https://cognito-idp-fips.eusc-de-east-1.amazonaws.eu",
        "https://cognito-idp.eusc-de-east-1.api.amazonwebservices.eu",
        "https://cognito-idp-fips.eusc-de-east-1.api.amazonwebservices.eu";
    aws_eusc_regex_eusc_de_west_9: "eusc-de-west-9", "aws-eusc" =>
        "https://cognito-idp.eusc-de-west-9.amazonaws.eu",
        "https://cognito-idp-fips.eusc-de-west-9.amazonaws.eu",
        "https://cognito-idp.eusc-de-west-9.api.amazonwebservices.eu",
        "https://cognito-idp-fips.eusc-de-west-9.api.amazonwebservices.eu";
}

#[test]
fn a_service_without_rules_uses_the_templates_everywhere() {
    const KMS: ServiceEndpointInfo = ServiceEndpointInfo::new("KMS", "kms");
    let u = |fips, ds| {
        resolve_from_rules(&KMS, "us-east-1", fips, ds)
            .unwrap()
            .url()
    };
    assert_eq!(u(false, false), "https://kms.us-east-1.amazonaws.com");
    assert_eq!(u(true, false), "https://kms-fips.us-east-1.amazonaws.com");
    assert_eq!(u(false, true), "https://kms.us-east-1.api.aws");
    assert_eq!(u(true, true), "https://kms-fips.us-east-1.api.aws");
}

fn region_error(region: &str) -> String {
    let e = resolve(
        &COGNITO_IDP,
        Some(region),
        false,
        false,
        &EndpointOverrides::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidRegion, "{region:?}");
    assert_eq!(validate_region(region).unwrap_err(), e);
    e.to_string()
}

#[test]
fn regions_must_be_host_labels() {
    assert_eq!(
        region_error("us-east-1.evil.com"),
        "invalid region \"us-east-1.evil.com\": '.' is not allowed; a region has only a-z, 0-9 and '-'"
    );
    assert_eq!(
        region_error("a/b"),
        "invalid region \"a/b\": '/' is not allowed; a region has only a-z, 0-9 and '-'"
    );
    assert_eq!(region_error(""), "invalid region \"\": it is empty");
    assert_eq!(
        region_error("US-EAST-1"),
        "invalid region \"US-EAST-1\": regions are lower case (did you mean \"us-east-1\"?)"
    );
    assert_eq!(
        region_error("US.EAST"),
        "invalid region \"US.EAST\": 'U' is not allowed; a region has only a-z, 0-9 and '-'"
    );
    assert_eq!(
        region_error("-us-east-1"),
        "invalid region \"-us-east-1\": it starts or ends with '-'"
    );
    assert_eq!(
        region_error("us-east-1-"),
        "invalid region \"us-east-1-\": it starts or ends with '-'"
    );
    assert_eq!(
        region_error("us-east-1\n"),
        "invalid region \"us-east-1\\n\": '\\n' is not allowed; a region has only a-z, 0-9 and '-'"
    );
    assert_eq!(
        region_error("us east 1"),
        "invalid region \"us east 1\": ' ' is not allowed; a region has only a-z, 0-9 and '-'"
    );
    assert!(region_error(&"a".repeat(64)).ends_with("\": it is longer than 63 characters"));
    assert!(validate_region(&"a".repeat(63)).is_ok());
    assert!(validate_region("us-east-1").is_ok());
    assert!(validate_region("7").is_ok());
}

#[test]
fn missing_region_says_how_to_set_one() {
    let e = resolve(
        &COGNITO_IDP,
        None,
        false,
        false,
        &EndpointOverrides::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::MissingRegion);
    assert_eq!(
        e.to_string(),
        "no region for Cognito Identity Provider: set one in code, with the AWS_REGION \
         environment variable, or with `region` in the profile"
    );
}

fn all_overrides() -> EndpointOverrides {
    EndpointOverrides {
        code: Some("https://code.test".into()),
        env_service: Some("https://env-service.test".into()),
        env_global: Some("https://env-global.test".into()),
        profile_service: Some("https://profile-service.test".into()),
        profile_global: Some("https://profile-global.test".into()),
        ignore_configured_env: None,
        ignore_configured_profile: None,
    }
}

fn winner(overrides: &EndpointOverrides) -> Option<(EndpointSource, String)> {
    match resolve(&COGNITO_IDP, Some("us-east-1"), false, false, overrides) {
        Ok(e) if e.is_override() => Some((e.source(), e.url())),
        Ok(e) => {
            assert_eq!(e.url(), "https://cognito-idp.us-east-1.amazonaws.com");
            None
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn overrides_apply_in_aws_order() {
    let mut o = all_overrides();
    let w = |s: EndpointSource, u: &str| Some((s, u.to_owned()));
    assert_eq!(winner(&o), w(EndpointSource::Code, "https://code.test"));
    o.code = None;
    assert_eq!(
        winner(&o),
        w(EndpointSource::EnvService, "https://env-service.test")
    );
    o.env_service = None;
    assert_eq!(
        winner(&o),
        w(EndpointSource::EnvGlobal, "https://env-global.test")
    );
    o.env_global = None;
    assert_eq!(
        winner(&o),
        w(
            EndpointSource::ProfileService,
            "https://profile-service.test"
        )
    );
    o.profile_service = None;
    assert_eq!(
        winner(&o),
        w(EndpointSource::ProfileGlobal, "https://profile-global.test")
    );
    o.profile_global = None;
    assert_eq!(winner(&o), None);
}

#[test]
fn ignore_configured_leaves_only_code() {
    for (env, profile, ignored) in [
        (Some(true), None, true),
        (None, Some(true), true),
        (Some(true), Some(false), true),
        // The environment's setting wins over the profile's.
        (Some(false), Some(true), false),
        (None, Some(false), false),
        (None, None, false),
    ] {
        let mut o = all_overrides();
        o.ignore_configured_env = env;
        o.ignore_configured_profile = profile;
        assert_eq!(o.ignores_configured(), ignored, "{env:?} {profile:?}");
        assert_eq!(winner(&o).unwrap().0, EndpointSource::Code);
        o.code = None;
        let expected = if ignored {
            None
        } else {
            Some(EndpointSource::EnvService)
        };
        assert_eq!(winner(&o).map(|w| w.0), expected, "{env:?} {profile:?}");
    }
}

#[test]
fn an_override_needs_no_region_and_may_be_http() {
    let o = EndpointOverrides {
        env_global: Some("http://127.0.0.1:5000/".into()),
        ..Default::default()
    };
    let e = resolve(&COGNITO_IDP, None, false, false, &o).unwrap();
    assert_eq!(e.scheme(), Scheme::Http);
    assert_eq!(e.authority(), "127.0.0.1:5000");
    assert_eq!(e.url_for("/"), "http://127.0.0.1:5000/");
    assert!(e.is_override());
    assert!(e.ensure_allowed_scheme().is_ok());
    assert_eq!(e.to_string(), "http://127.0.0.1:5000");

    let with_path = EndpointOverrides {
        code: Some("https://proxy.test:8443/cognito/".into()),
        ..Default::default()
    };
    let e = resolve(&COGNITO_IDP, Some("eu-west-1"), false, false, &with_path).unwrap();
    assert_eq!(
        (e.host(), e.port(), e.path_prefix()),
        ("proxy.test", Some(8443), "/cognito")
    );
    assert_eq!(e.url_for("/"), "https://proxy.test:8443/cognito/");
}

#[test]
fn an_override_with_fips_or_dual_stack_is_an_error() {
    let o = EndpointOverrides {
        env_service: Some("https://x.test".into()),
        ..Default::default()
    };
    let e = resolve(&COGNITO_IDP, Some("us-east-1"), true, false, &o).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::OverrideWithFips);
    assert_eq!(
        e.to_string(),
        "the endpoint URL from AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER cannot be used with FIPS: \
         turn FIPS off (in code, AWS_USE_FIPS_ENDPOINT or the profile's use_fips_endpoint) or remove the override"
    );
    let e = resolve(&COGNITO_IDP, Some("us-east-1"), false, true, &o).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::OverrideWithDualStack);
    assert_eq!(
        e.to_string(),
        "the endpoint URL from AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER cannot be used with dual-stack: \
         turn dual-stack off (in code, AWS_USE_DUALSTACK_ENDPOINT or the profile's use_dualstack_endpoint) \
         or remove the override"
    );
}

fn override_error(source: fn(String) -> EndpointOverrides, url: &str) -> String {
    let e = resolve(
        &COGNITO_IDP,
        Some("us-east-1"),
        false,
        false,
        &source(url.into()),
    )
    .unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidUrl);
    e.to_string()
}

fn in_code(url: String) -> EndpointOverrides {
    EndpointOverrides {
        code: Some(url),
        ..Default::default()
    }
}

fn in_profile_services(url: String) -> EndpointOverrides {
    EndpointOverrides {
        profile_service: Some(url),
        ..Default::default()
    }
}

fn in_profile(url: String) -> EndpointOverrides {
    EndpointOverrides {
        profile_global: Some(url),
        ..Default::default()
    }
}

#[test]
fn bad_override_urls_name_the_source_and_never_the_password() {
    let e = override_error(in_code, "https://user:hunter2@proxy.test");
    assert_eq!(
        e,
        "invalid endpoint URL <url with user info, not shown> from the endpoint URL set in code: \
         a user name or password (user@host) is not allowed"
    );
    assert!(!e.contains("hunter2"));
    let o = in_code("https://user:hunter2@proxy.test".into());
    let debug = format!("{o:?}");
    assert!(!debug.contains("hunter2"), "{debug}");
    assert_eq!(
        debug,
        "EndpointOverrides { code: Some(\"<url with user info, not shown>\"), env_service: None, \
         env_global: None, profile_service: None, profile_global: None, ignore_configured_env: None, \
         ignore_configured_profile: None }"
    );
    let e = override_error(in_profile_services, "ftp://files.test");
    assert_eq!(
        e,
        "invalid endpoint URL \"ftp://files.test\" from the profile's services section \
         (cognito_identity_provider.endpoint_url): the scheme \"ftp\" is not http or https"
    );
    let e = override_error(in_profile, "https://h.test/?X-Amz-Security-Token=tok");
    assert_eq!(
        e,
        "invalid endpoint URL \"https://h.test/\" (query or fragment not shown) from the profile's \
         endpoint_url: a query (?...) is not allowed"
    );
    assert!(!e.contains("tok"));
    assert_eq!(
        override_error(in_code, "localhost:4566"),
        "invalid endpoint URL \"localhost:4566\" from the endpoint URL set in code: \
         it must start with http:// or https://"
    );
    assert_eq!(
        override_error(in_code, "https://"),
        "invalid endpoint URL \"https://\" from the endpoint URL set in code: a host is required"
    );
    assert_eq!(
        override_error(in_code, ""),
        "invalid endpoint URL \"\" from the endpoint URL set in code: it must start with http:// or https://"
    );
}

#[test]
fn http_from_the_rules_is_refused() {
    const PLAIN: ServiceEndpointInfo =
        ServiceEndpointInfo::new("Plain", "plain").with_rules(&[EndpointRule::for_region(
            "us-east-1",
            EndpointVariant::Default,
            "http://plain.us-east-1.amazonaws.com",
        )]);
    let e = resolve_from_rules(&PLAIN, "us-east-1", false, false).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InsecureEndpoint);
    assert_eq!(
        e.to_string(),
        "refusing http://plain.us-east-1.amazonaws.com from the endpoint rules: \
         only an endpoint override may use http"
    );
    // Other regions and variants are unaffected.
    assert_eq!(
        resolve_from_rules(&PLAIN, "us-east-2", false, false)
            .unwrap()
            .url(),
        "https://plain.us-east-2.amazonaws.com"
    );
}

#[test]
fn bad_rule_data_is_an_error_not_a_panic() {
    const BAD: ServiceEndpointInfo = ServiceEndpointInfo::new("Bad", "bad").with_rules(&[
        EndpointRule::for_region("us-east-1", Fips, "https://bad.{Region}.amazonaws.com"),
        EndpointRule::for_region("us-east-2", Fips, "https://bad.{region}.amazonaws.com?x"),
    ]);
    let e = resolve_from_rules(&BAD, "us-east-1", true, false).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidRule);
    let e = resolve_from_rules(&BAD, "us-east-2", true, false).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidRule);
    assert_eq!(
        e.to_string(),
        "the endpoint rules of Bad give an invalid URL \"https://bad.us-east-2.amazonaws.com\" \
         (query or fragment not shown): a query (?...) is not allowed"
    );
    const BAD_PREFIX: ServiceEndpointInfo = ServiceEndpointInfo::new("Bad", "bad/prefix");
    let e = resolve_from_rules(&BAD_PREFIX, "us-east-1", false, false).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidRule);
    assert_eq!(
        e.to_string(),
        "the endpoint prefix \"bad/prefix\" of Bad is not a DNS name"
    );
}

#[test]
fn service_id_names() {
    assert_eq!(
        env_var_name("Cognito Identity Provider"),
        "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"
    );
    assert_eq!(
        profile_key("Cognito Identity Provider"),
        "cognito_identity_provider"
    );
    assert_eq!(env_var_name("ACM PCA"), "AWS_ENDPOINT_URL_ACM_PCA");
    assert_eq!(profile_key("ACM PCA"), "acm_pca");
    assert_eq!(env_var_name("DynamoDB"), "AWS_ENDPOINT_URL_DYNAMODB");
    assert_eq!(profile_key("DynamoDB"), "dynamodb");
    assert_eq!(
        env_var_name("Some-Service X"),
        "AWS_ENDPOINT_URL_SOME_SERVICE_X"
    );
    assert_eq!(profile_key("Some-Service X"), "some_service_x");
    assert_eq!(
        COGNITO_IDP.env_var_name(),
        "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"
    );
    assert_eq!(COGNITO_IDP.profile_key(), "cognito_identity_provider");
}

#[test]
fn overrides_from_env() {
    let env = Env::from_pairs([
        (
            "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
            "http://localhost:5000",
        ),
        ("AWS_ENDPOINT_URL", "http://localhost:4566"),
        ("AWS_ENDPOINT_URL_KMS", "http://kms.test"),
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "FALSE"),
    ]);
    let o = EndpointOverrides::from_env(&env, &COGNITO_IDP).unwrap();
    assert_eq!(o.env_service.as_deref(), Some("http://localhost:5000"));
    assert_eq!(o.env_global.as_deref(), Some("http://localhost:4566"));
    assert_eq!(o.ignore_configured_env, Some(false));
    assert_eq!(
        (
            o.code.as_ref(),
            o.profile_service.as_ref(),
            o.profile_global.as_ref()
        ),
        (None, None, None)
    );
    let e: Endpoint = resolve(&COGNITO_IDP, None, false, false, &o).unwrap();
    assert_eq!(e.url(), "http://localhost:5000");

    let bad = Env::from_pairs([("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "yes")]);
    let e = EndpointOverrides::from_env(&bad, &COGNITO_IDP).unwrap_err();
    assert_eq!(e.kind(), EndpointErrorKind::InvalidSetting);
    assert_eq!(
        e.to_string(),
        "invalid value \"yes\" for AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: expected true or false"
    );
    let empty =
        EndpointOverrides::from_env(&Env::from_pairs([("AWS_ENDPOINT_URL", "")]), &COGNITO_IDP)
            .unwrap();
    assert_eq!(empty, EndpointOverrides::default());
}

#[test]
fn fips_and_dual_stack_settings() {
    assert_eq!(
        parse_bool_setting("AWS_USE_FIPS_ENDPOINT", "true"),
        Ok(true)
    );
    assert_eq!(
        parse_bool_setting("AWS_USE_FIPS_ENDPOINT", "True"),
        Ok(true)
    );
    assert_eq!(
        parse_bool_setting("AWS_USE_DUALSTACK_ENDPOINT", "FALSE"),
        Ok(false)
    );
    for bad in ["1", "yes", " true", "on", "truee"] {
        let e = parse_bool_setting("AWS_USE_DUALSTACK_ENDPOINT", bad).unwrap_err();
        assert_eq!(e.kind(), EndpointErrorKind::InvalidSetting);
        assert_eq!(
            e.to_string(),
            format!("invalid value {bad:?} for AWS_USE_DUALSTACK_ENDPOINT: expected true or false")
        );
    }
    let env = Env::from_pairs([
        ("AWS_USE_FIPS_ENDPOINT", "TRUE"),
        ("AWS_USE_DUALSTACK_ENDPOINT", "nope"),
    ]);
    assert_eq!(bool_from_env(&env, "AWS_USE_FIPS_ENDPOINT"), Ok(Some(true)));
    assert_eq!(bool_from_env(&env, "UNSET"), Ok(None));
    assert_eq!(
        bool_from_env(&env, "AWS_USE_DUALSTACK_ENDPOINT")
            .unwrap_err()
            .to_string(),
        "invalid value \"nope\" for AWS_USE_DUALSTACK_ENDPOINT: expected true or false"
    );
}
