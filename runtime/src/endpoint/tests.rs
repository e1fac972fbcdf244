use super::resolve::{expand_template, resolve_in_partition};
use super::rules::is_word_dash_digits;
use super::url::parse_endpoint_url;
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
