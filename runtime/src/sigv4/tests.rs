use zeroize::Zeroizing;

use super::canonical::*;
use super::key::*;
use super::*;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn time() -> DateTime {
    DateTime::parse_date_time("2015-08-30T12:36:00Z").expect("valid time")
}

fn params(token: Option<&'static str>) -> SigningParams<'static> {
    SigningParams {
        access_key_id: "AKIDEXAMPLE",
        secret_access_key: SECRET,
        session_token: token,
        region: "us-east-1",
        service: "service",
        time: time(),
        settings: SigningSettings::default(),
    }
}

fn get(uri: &'static str) -> SignableRequest<'static> {
    SignableRequest {
        method: "GET",
        uri,
        headers: &[("Host", "example.amazonaws.com")],
        body: SignableBody::Bytes(b""),
    }
}

#[test]
fn encoding_keeps_only_unreserved() {
    assert_eq!(encode(b"-._~azAZ09"), "-._~azAZ09");
    assert_eq!(encode(b"a b+c/d=e%f*"), "a%20b%2Bc%2Fd%3De%25f%2A");
    assert_eq!(encode("ሴ".as_bytes()), "%E1%88%B4");
    assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
}

#[test]
fn normalization_edge_cases() {
    for (input, want) in [
        ("/", "/"),
        ("//", "/"),
        ("/./", "/"),
        ("/.", "/"),
        ("/..", "/"),
        ("/../a", "/a"),
        ("/a/..", "/"),
        ("/a/b/../..", "/"),
        ("/a/b/../c", "/a/c"),
        ("/a/./b/", "/a/b/"),
        ("//a//b//", "/a/b/"),
        ("/a/b/.", "/a/b/"),
        ("/a.b/..c/", "/a.b/..c/"),
    ] {
        assert_eq!(normalize_path(input), want, "{input}");
    }
}

#[test]
fn path_encoding_single_vs_double() {
    let double = SigningSettings::default();
    let single = SigningSettings::s3();
    assert_eq!(canonical_uri("/a%3Db", &double), "/a%253Db");
    assert_eq!(canonical_uri("/a%3Db", &single), "/a%3Db");
    assert_eq!(canonical_uri("/a b/ሴ", &double), "/a%20b/%E1%88%B4");
    assert_eq!(canonical_uri("/a%7Eb/c%2Fd", &single), "/a~b/c%2Fd");
    assert_eq!(canonical_uri("", &double), "/");
    assert_eq!(canonical_uri("//x//", &single), "//x//");
}

#[test]
fn query_canonicalization() {
    assert_eq!(canonical_query("", &[]), "");
    assert_eq!(canonical_query("b=2&a=1&a=0&c", &[]), "a=0&a=1&b=2&c=");
    assert_eq!(
        canonical_query("k=a+b%2Bc&%E1%88%B4=x", &[]),
        "%E1%88%B4=x&k=a%20b%2Bc"
    );
    assert_eq!(
        canonical_query("Z=1&a=1", &[("X-Amz-Date", "d/e")]),
        "X-Amz-Date=d%2Fe&Z=1&a=1"
    );
}

#[test]
fn header_values_are_trimmed_unfolded_and_checked() {
    assert_eq!(
        canonical_header_value("h", "  a   b \t c  ").as_deref(),
        Ok("a b c")
    );
    assert_eq!(
        canonical_header_value("h", "value1\n  value2\r\n\tvalue3").as_deref(),
        Ok("value1 value2 value3")
    );
    assert_eq!(
        canonical_header_value("h", "a\nb"),
        Err(SigningError::InvalidHeaderValue { name: "h".into() })
    );
    assert_eq!(
        canonical_header_value("h", "a\rb"),
        Err(SigningError::InvalidHeaderValue { name: "h".into() })
    );
    assert_eq!(
        canonical_header_value("h", "a\u{0}b"),
        Err(SigningError::InvalidHeaderValue { name: "h".into() })
    );
    assert_eq!(canonical_header_value("h", "").as_deref(), Ok(""));
}

#[test]
fn duplicate_headers_join_in_order_and_excluded_are_dropped() {
    let headers = [
        ("Host", "h"),
        ("X-B", "2"),
        ("x-b", " 1 "),
        ("User-Agent", "ua"),
        ("A", "z"),
    ];
    let map = canonical_headers(&headers, &[], &[]).expect("valid headers");
    let got: Vec<(&str, &str)> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(got, [("a", "z"), ("host", "h"), ("x-b", "2,1")]);
}

#[test]
fn get_vanilla_header_signature() {
    let out = sign_headers(&get("/"), &params(None), &SigningKeyCache::new()).expect("signable");
    assert_eq!(
        out.signature,
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
    );
    assert_eq!(
        out.headers[0],
        ("x-amz-date", "20150830T123600Z".to_owned())
    );
    assert_eq!(out.headers.len(), 2);
}

#[test]
fn errors_not_panics() {
    let cache = SigningKeyCache::new();
    let p = params(None);
    let mut r = get("/");
    r.uri = "example.com/";
    assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::InvalidUri));
    r.uri = "/a#frag";
    assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::InvalidUri));
    let r = SignableRequest {
        headers: &[],
        ..get("/")
    };
    assert_eq!(sign_headers(&r, &p, &cache), Err(SigningError::MissingHost));
    let r = SignableRequest {
        headers: &[("Host", "h"), ("Bad Name", "v")],
        ..get("/")
    };
    assert_eq!(
        sign_headers(&r, &p, &cache),
        Err(SigningError::InvalidHeaderName)
    );
    let r = SignableRequest {
        method: "G T",
        ..get("/")
    };
    assert_eq!(
        sign_headers(&r, &p, &cache),
        Err(SigningError::InvalidMethod)
    );
    let mut bad = params(None);
    bad.region = "us east";
    assert_eq!(
        sign_headers(&get("/"), &bad, &cache),
        Err(SigningError::InvalidScope)
    );
    let mut bad = params(Some("tok\nen"));
    assert_eq!(
        sign_headers(&get("/"), &bad, &cache),
        Err(SigningError::InvalidSessionToken)
    );
    bad.session_token = None;
    bad.settings.expires_in = Duration::from_secs(7 * 24 * 3600 + 1);
    assert_eq!(
        presign_query(&get("/"), &bad, &cache),
        Err(SigningError::InvalidExpiry)
    );
    assert_eq!(
        SigningError::InvalidHeaderValue { name: "x-a".into() }.to_string(),
        "invalid value for header `x-a`"
    );
}

#[test]
fn params_debug_redacts_secret_and_token() {
    let p = params(Some("SESSIONTOKEN"));
    assert_eq!(
        format!("{p:?}"),
        "SigningParams { access_key_id: \"AKIDEXAMPLE\", secret_access_key: <redacted>, \
         session_token: Some(<redacted>), region: \"us-east-1\", service: \"service\", \
         time: 2015-08-30T12:36:00Z, settings: SigningSettings { uri_path_normalization: \
         true, double_uri_encode: true, sign_body: false, session_token_mode: Include, \
         expires_in: 900s } }"
    );
    let p = params(None);
    assert!(format!("{p:?}").contains("session_token: None,"));
}

#[test]
fn signable_request_debug_hides_credential_headers() {
    let r = SignableRequest {
        headers: &[("Host", "h"), ("X-Amz-Security-Token", "TOKEN")],
        ..get("/p?q=1")
    };
    assert_eq!(
        format!("{r:?}"),
        "SignableRequest { method: \"GET\", uri: \"/p?q=1\", headers: [(\"Host\", \"h\"), \
         (\"X-Amz-Security-Token\", <redacted>)], body: 0 bytes }"
    );
}

#[test]
fn outputs_debug_redacts_token_and_canonical_request() {
    let cache = SigningKeyCache::new();
    let p = params(Some("SESSIONTOKEN"));
    let out = sign_headers(&get("/"), &p, &cache).expect("signable");
    let dbg = format!("{out:?}");
    assert!(!dbg.contains("SESSIONTOKEN"), "{dbg}");
    assert!(
        dbg.contains("(\"x-amz-security-token\", <redacted>)"),
        "{dbg}"
    );
    assert!(
        out.canonical_request
            .contains("x-amz-security-token:SESSIONTOKEN\n")
    );
    let out = presign_query(&get("/"), &p, &cache).expect("signable");
    let dbg = format!("{out:?}");
    assert!(!dbg.contains("SESSIONTOKEN"), "{dbg}");
    assert!(
        dbg.contains("(\"X-Amz-Security-Token\", <redacted>)"),
        "{dbg}"
    );
    assert_eq!(format!("{cache:?}"), "SigningKeyCache { entries: 1 }");
}

#[test]
fn key_cache_hits_and_evicts() {
    let cache = SigningKeyCache::new();
    let p = params(None);
    let first = sign_headers(&get("/"), &p, &cache).expect("signable");
    {
        let entries = cache.entries.lock().expect("not poisoned");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].fingerprint, fingerprint(SECRET));
        assert_ne!(&entries[0].fingerprint[..], SECRET.as_bytes());
        assert_eq!(
            *entries[0].key.0,
            *derive_signing_key(SECRET, "20150830", "us-east-1", "service").0
        );
    }
    // Poison the cached key: a second signing that reuses it proves the hit.
    cache.entries.lock().expect("not poisoned")[0].key = SigningKey(Zeroizing::new([7; 32]));
    let second = sign_headers(&get("/"), &p, &cache).expect("signable");
    assert_ne!(first.signature, second.signature);
    assert_eq!(cache.entries.lock().expect("not poisoned").len(), 1);
    // Another day, region, service or secret is another entry; at most CACHE_CAPACITY.
    for (i, region) in ["r-1", "r-2", "r-3", "r-4", "r-5"].iter().enumerate() {
        let p = SigningParams {
            region,
            ..params(None)
        };
        sign_headers(&get("/"), &p, &cache).expect("signable");
        let len = cache.entries.lock().expect("not poisoned").len();
        assert_eq!(len, (i + 2).min(CACHE_CAPACITY));
    }
    // The oldest (the poisoned us-east-1 key) was evicted: the signature is right again.
    let third = sign_headers(&get("/"), &p, &cache).expect("signable");
    assert_eq!(first.signature, third.signature);
}

#[test]
fn session_token_after_signing_is_not_signed() {
    let cache = SigningKeyCache::new();
    let mut p = params(Some("TOKEN"));
    p.settings.session_token_mode = SessionTokenMode::AfterSigning;
    let out = sign_headers(&get("/"), &p, &cache).expect("signable");
    assert!(!out.canonical_request.contains("TOKEN"));
    let plain = sign_headers(&get("/"), &params(None), &cache).expect("signable");
    assert_eq!(out.signature, plain.signature);
    let names: Vec<&str> = out.headers.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        names,
        ["x-amz-date", "x-amz-security-token", "authorization"]
    );
}

#[test]
fn http_request_gets_host_with_port_and_replaced_headers() {
    let cache = SigningKeyCache::new();
    let mut req = http::Request::builder()
        .method("POST")
        .uri("https://example.amazonaws.com:8443/")
        .header("x-amz-date", "19990101T000000Z")
        .header("authorization", "stale")
        .body(Vec::<u8>::new())
        .expect("valid request");
    sign_http_request(&mut req, &params(None), &cache).expect("signable");
    let h = req.headers();
    assert_eq!(h["host"], "example.amazonaws.com:8443");
    assert_eq!(h.get_all("x-amz-date").iter().count(), 1);
    assert_eq!(h["x-amz-date"], "20150830T123600Z");
    assert_eq!(h.get_all("authorization").iter().count(), 1);
    assert!(h["authorization"].is_sensitive());

    let mut req = http::Request::builder()
        .uri("https://example.amazonaws.com:443/")
        .body(Vec::<u8>::new())
        .expect("valid request");
    sign_http_request(&mut req, &params(None), &cache).expect("signable");
    assert_eq!(req.headers()["host"], "example.amazonaws.com");
    let auth = req.headers()["authorization"].to_str().expect("ascii");
    assert!(
        auth.ends_with(
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        )
    );

    let mut req = http::Request::builder()
        .uri("/no-authority")
        .body(Vec::<u8>::new())
        .expect("valid request");
    assert_eq!(
        sign_http_request(&mut req, &params(None), &cache),
        Err(SigningError::MissingHost)
    );
}
