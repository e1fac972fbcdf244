use super::error_body::*;
use super::*;

fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.append(*k, HeaderValue::from_static(v));
    }
    h
}

/// The error-code table: (case, headers, body, code, message).
#[test]
fn error_parsing_table() {
    type Case<'a> = (
        &'a str,
        &'a [(&'static str, &'static str)],
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );
    let cases: &[Case<'_>] = &[
        (
            "plain code",
            &[],
            r#"{"__type":"FooError","message":"m"}"#,
            Some("FooError"),
            Some("m"),
        ),
        (
            "namespaced",
            &[],
            r#"{"__type":"aws.protocoltests.restjson#FooError"}"#,
            Some("FooError"),
            None,
        ),
        (
            "uri suffix",
            &[],
            r#"{"__type":"FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}"#,
            Some("FooError"),
            None,
        ),
        (
            "namespace and uri",
            &[],
            r#"{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}"#,
            Some("FooError"),
            None,
        ),
        (
            "header beats body",
            &[("x-amzn-errortype", "HeaderError")],
            r#"{"__type":"BodyError","code":"CodeError"}"#,
            Some("HeaderError"),
            None,
        ),
        (
            "code beats __type",
            &[],
            r#"{"__type":"TypeError","code":"CodeError","Message":"M"}"#,
            Some("CodeError"),
            Some("M"),
        ),
        (
            "trailing colon in header",
            &[
                ("x-amzn-errortype", "NotAuthorizedException:"),
                ("x-amzn-errormessage", "Invalid Access Token"),
            ],
            "{}",
            Some("NotAuthorizedException"),
            Some("Invalid Access Token"),
        ),
        (
            "errorMessage",
            &[],
            r#"{"__type":"E","errorMessage":"em"}"#,
            Some("E"),
            Some("em"),
        ),
        (
            "body message beats header message",
            &[("x-amzn-errormessage", "h")],
            r#"{"__type":"E","message":"b"}"#,
            Some("E"),
            Some("b"),
        ),
        ("no code at all", &[], r#"{"message":"m"}"#, None, Some("m")),
        (
            "html from a proxy",
            &[],
            "<html><body>502 Bad Gateway</body></html>",
            None,
            None,
        ),
        (
            "html with a header code",
            &[("x-amzn-errortype", "ServiceUnavailable")],
            "<html></html>",
            Some("ServiceUnavailable"),
            None,
        ),
        ("empty body", &[], "", None, None),
        ("code is not a string", &[], r#"{"__type":7}"#, None, None),
    ];
    for (name, h, body, code, message) in cases {
        let parts = parse_error_parts(&headers(h), body.as_bytes());
        assert_eq!(parts.code.as_deref(), *code, "{name}: code");
        assert_eq!(parts.message.as_deref(), *message, "{name}: message");
    }
}

/// An output with no members, and one that models a `__type` member.
struct Empty;
struct Typed;
impl crate::wire::WireDe for Empty {
    fn de<'de, D: serde::Deserializer<'de>>(
        d: D,
        _: crate::wire::Format,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(d).map(|_: serde::de::IgnoredAny| Empty)
    }
}
impl crate::wire::WireDe for Typed {
    fn de<'de, D: serde::Deserializer<'de>>(
        d: D,
        _: crate::wire::Format,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(d).map(|_: serde::de::IgnoredAny| Typed)
    }
}
impl OperationOutput for Empty {}
impl OperationOutput for Typed {
    fn has_wire_member(name: &str) -> bool {
        name == "__type"
    }
}

#[test]
fn a_2xx_with_an_error_body_is_an_error() {
    let none = HeaderMap::new();
    let disguised = |h: &HeaderMap, body: &str| is_error_in_disguise::<Empty>(h, body.as_bytes());
    assert!(disguised(&none, r#"{"__type":"X","message":"m"}"#));
    assert!(disguised(&none, r#" { "a": 1, "__type" : "ns#X" } "#));
    assert!(disguised(&headers(&[("x-amzn-errortype", "X:")]), "{}"));
    assert!(disguised(&headers(&[("x-amzn-errortype", "X")]), ""));
    // Not errors: no `__type` at the top level, or not a string.
    assert!(!disguised(&none, r#"{"SecretCode":"x"}"#));
    assert!(!disguised(&none, r#"{"Doc":{"__type":"X"}}"#));
    assert!(!disguised(&none, r#"{"__type":7}"#));
    assert!(!disguised(&none, r#"{"__type":"X""#));
    assert!(!disguised(&none, ""));
    assert!(!disguised(&headers(&[("x-amzn-errortype", " ")]), "{}"));
    // An output that models `__type` keeps it.
    assert!(!is_error_in_disguise::<Typed>(&none, br#"{"__type":"X"}"#));
}

#[test]
fn request_id_order() {
    let h = headers(&[("x-amz-request-id", "b"), ("x-amzn-requestid", "a")]);
    assert_eq!(request_id(&h).as_deref(), Some("a"));
    let h = headers(&[("x-amz-request-id", "b")]);
    assert_eq!(request_id(&h).as_deref(), Some("b"));
    assert_eq!(request_id(&HeaderMap::new()), None);
}

#[test]
fn content_types() {
    assert!(is_json_content_type("application/x-amz-json-1.1"));
    assert!(is_json_content_type("application/json; charset=utf-8"));
    assert!(is_json_content_type("Application/JSON"));
    assert!(!is_json_content_type("text/html"));
    assert!(!is_json_content_type(""));
}

#[test]
fn excerpts_only_unstructured_error_bodies() {
    let none = Scrubber::default();
    assert_eq!(excerpt(b"  <html>hi", &none), Some("<html>hi".to_owned()));
    assert_eq!(
        excerpt(b"<!DOCTYPE html><p>x", &none).as_deref(),
        Some("<!DOCTYPE html><p>x")
    );
    assert_eq!(
        excerpt(b"Bad Gateway", &none).as_deref(),
        Some("Bad Gateway")
    );
    // Structured documents, whole or not, are never quoted.
    for body in [
        &br#"{"SecretCode":"x""#[..],
        b"\xEF\xBB\xBF{\"a\":1}",
        b")]}'\n{\"a\":\"x\"}",
        b")]}',\n[1",
        b"[1,2",
        b"\"a string\"",
        b"42",
        b"<?xml version=\"1.0\"?><Error>x</Error>",
        b"<Error><Message>x</Message></Error>",
        b"",
        b"  \n",
    ] {
        assert_eq!(
            excerpt(body, &none),
            None,
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    let long = "x".repeat(500);
    let e = excerpt(long.as_bytes(), &none).unwrap();
    assert_eq!(e.len(), EXCERPT_LEN + 3);
}

#[test]
fn excerpts_are_scrubbed_in_every_json_escaping() {
    let secrets = Scrubber::new(&["s\u{e4}c\"r/e&t<".to_owned()]);
    for body in [
        "oops: s\u{e4}c\"r/e&t< is bad",
        "oops: s\\u00e4c\\\"r\\/e\\u0026t\\u003c is bad",
        "oops: s\\u00E4c\\u0022r/e&t\\u003C is bad",
    ] {
        assert_eq!(
            excerpt(body.as_bytes(), &secrets).as_deref(),
            Some("oops: <redacted> is bad"),
            "{body}"
        );
    }
    // HTML character references and percent-encoding, as a proxy's page
    // may quote a URL or a form.
    let secrets = Scrubber::new(&["p\u{e4}ss&w<rd> x".to_owned()]);
    for body in [
        "<html>echo: p&#228;ss&amp;w&lt;rd&gt; x</html>",
        "<html>echo: p&#xE4;ss&#38;w&#x3c;rd&gt;&#32;x</html>",
        "<html>echo: p%C3%A4ss%26w%3Crd%3E%20x</html>",
    ] {
        assert_eq!(
            excerpt(body.as_bytes(), &secrets).as_deref(),
            Some("<html>echo: <redacted></html>"),
            "{body}"
        );
    }
    // A secret that looks encoded is hidden by decoding: no excerpt.
    let secrets = Scrubber::new(&["a%41b".to_owned()]);
    assert_eq!(excerpt(b"oops a%41b", &secrets), None);
    assert_eq!(
        excerpt(b"oops a%41c", &secrets).as_deref(),
        Some("oops aAc")
    );
    // A secret cut by the excerpt's length is scrubbed before the cut.
    let secret = "y".repeat(30);
    let body = format!("{}{secret}", "x".repeat(EXCERPT_LEN - 10));
    let e = excerpt(body.as_bytes(), &Scrubber::new(&[secret])).unwrap();
    assert!(e.ends_with("x<redacted>"), "{e}");
}

#[test]
fn html_unescaping_is_lenient() {
    assert_eq!(
        unescape_html("a&amp;b&lt;&#65;&#x42;&X;&#xZZ;&"),
        "a&b<AB&X;&#xZZ;&"
    );
    assert_eq!(
        unescape_html("&#1114112;&#xD800;&amp"),
        "&#1114112;&#xD800;&amp"
    );
    assert_eq!(unescape_html("\u{e4}&quot;&apos;"), "\u{e4}\"'");
    assert_eq!(
        unescape_html("&amp;\u{e4}\u{e4}\u{e4}\u{e4}&"),
        "&\u{e4}\u{e4}\u{e4}\u{e4}&"
    );
    assert_eq!(
        unescape_html("&\u{e4}\u{e4}\u{e4}\u{e4}\u{e4}\u{e4};"),
        "&\u{e4}\u{e4}\u{e4}\u{e4}\u{e4}\u{e4};"
    );
}

#[test]
fn unescaping_is_lenient() {
    assert_eq!(unescape_json(r#"a\u00e4\n\/\\\"b"#), "a\u{e4}\n/\\\"b");
    assert_eq!(unescape_json(r"\ud83d\ude00"), "\u{1f600}");
    assert_eq!(unescape_json(r"\ud83d x"), "\u{fffd} x");
    assert_eq!(unescape_json(r"\u12 \q \"), r"\u12 \q \");
}
