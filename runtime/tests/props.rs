#![allow(clippy::unwrap_used)]
//! Property tests over the entry points a hostile peer or file reaches: the
//! response decoder, the error parser, the shared-file profile parser and the
//! endpoint-override parser. They stand in for `cargo fuzz` (see
//! RELIABILITY.md). CI runs proptest's default 256 cases each; long runs set
//! `PROPTEST_CASES`.

use awsop_test_support::echo;
use awsop_test_support::loopback as support;

use std::path::Path;

use awsop::endpoint::{self, EndpointOverrides, Scheme, ServiceEndpointInfo};
use awsop::profile::ProfileSet;
use awsop::protocol::{self, ResponseFailure};
use awsop::time::DateTime;
use awsop::wire::{self, Blob, Document};
use http::{HeaderMap, HeaderValue};
use proptest::prelude::*;
use support::*;

fn json_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        "content-type",
        HeaderValue::from_static("application/x-amz-json-1.0"),
    );
    h
}

fn decode(status: u16, headers: &HeaderMap, body: &[u8]) -> Result<EveryType, String> {
    protocol::decode_response::<Everything>(status, headers, body, &[]).map_err(|e| match e {
        ResponseFailure::Service(e) => format!("service {e}"),
        ResponseFailure::Undecodable(d, _) => format!("undecodable {}", d.reason),
    })
}

// --- strategies -------------------------------------------------------------

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 _:#./-]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

fn datetime() -> impl Strategy<Value = DateTime> {
    // The years 0000 to 9999, at the millisecond precision of the wire.
    (-62_167_219_200i64..=253_402_300_799, 0u32..1000)
        .prop_map(|(s, ms)| DateTime::from_secs_and_nanos(s, ms * 1_000_000))
}

fn document() -> impl Strategy<Value = Document> {
    let leaf = prop_oneof![
        Just(Document::Null),
        any::<bool>().prop_map(Document::from),
        any::<i64>().prop_map(Document::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Document::from),
        text().prop_map(Document::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Document::Array),
            prop::collection::btree_map(text(), inner, 0..4)
                .prop_map(|m| Document::Object(m.into_iter().collect())),
        ]
    })
}

fn color() -> impl Strategy<Value = Color> {
    prop_oneof![
        Just(Color::Red),
        Just(Color::Green),
        "[A-Z_]{1,8}"
            .prop_filter("not a known value", |s| s != "RED" && s != "GREEN")
            .prop_map(Color::Unknown),
    ]
}

fn every_type_leaf() -> impl Strategy<Value = EveryType> {
    let scalars = (
        text(),
        prop::option::of(text()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<i8>()),
        prop::option::of(any::<i16>()),
        prop::option::of(any::<i32>()),
        prop::option::of(any::<i64>()),
        prop::option::of(any::<f32>()),
        prop::option::of(any::<f64>()),
        prop::option::of(prop::collection::vec(any::<u8>(), 0..16).prop_map(Blob::new)),
    );
    let rest = (
        prop::option::of(datetime()),
        prop::option::of(datetime()),
        prop::option::of(datetime()),
        prop::option::of(prop::collection::vec(text(), 0..4)),
        prop::option::of(prop::collection::hash_map(text(), any::<i32>(), 0..4)),
        prop::option::of(prop::collection::btree_map(text(), any::<bool>(), 0..4)),
        // A document member set to `null` reads back absent (the wire
        // cannot tell them apart), so the top level is never null.
        prop::option::of(document().prop_filter("not null", |d| !d.is_null())),
        prop::option::of(color()),
        prop::option::of(text().prop_map(awsop::Sensitive::new)),
        prop::option::of(prop::collection::hash_map(text(), text(), 0..3)),
    );
    (scalars, rest).prop_map(
        |(
            (name, string, boolean, byte, short, integer, long, float, double, blob),
            (epoch, iso, http_date, list, map, sorted, document, color, secret, secret_map),
        )| EveryType {
            name,
            string,
            boolean,
            byte,
            short,
            integer,
            long,
            float,
            double,
            blob,
            epoch,
            iso,
            http_date,
            list,
            map,
            sorted,
            document,
            color,
            secret,
            secret_map,
            nested: None,
            nested_list: None,
        },
    )
}

fn every_type() -> impl Strategy<Value = EveryType> {
    every_type_leaf().prop_recursive(2, 6, 2, |inner| {
        (
            every_type_leaf(),
            prop::option::of(inner.clone()),
            prop::option::of(prop::collection::vec(inner, 0..2)),
        )
            .prop_map(|(mut v, nested, list)| {
                v.nested = nested.map(Box::new);
                v.nested_list = list;
                v
            })
    })
}

/// JSON-ish bytes: fragments of valid JSON, member names of the shape, and
/// values of the wrong type, glued together at random.
fn jsonish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(":".to_owned()),
        Just(",".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("\"NaN\"".to_owned()),
        Just("\"-Infinity\"".to_owned()),
        Just("1e400".to_owned()),
        Just("-0".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("\"\\ud800\"".to_owned()),
        Just("\"__type\"".to_owned()),
        prop::sample::select(vec![
            "Name",
            "String",
            "Boolean",
            "Byte",
            "Short",
            "Integer",
            "Long",
            "Float",
            "Double",
            "Blob",
            "Epoch",
            "Iso",
            "HttpDate",
            "List",
            "Map",
            "Sorted",
            "Document",
            "Color",
            "Secret",
            "SecretMap",
            "Nested",
            "NestedList",
        ])
        .prop_map(|k| format!("\"{k}\"")),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        text().prop_map(|s| serde_json::Value::from(s).to_string()),
    ];
    prop::collection::vec(token, 0..40).prop_map(|t| t.concat().into_bytes())
}

fn json_value(v: &[u8]) -> serde_json::Value {
    serde_json::from_slice(v).unwrap()
}

// --- the response decoder ---------------------------------------------------

proptest! {
    /// Arbitrary bytes, as a 2xx or an error status: an output or an
    /// error, never a panic.
    #[test]
    fn decoding_arbitrary_bytes_never_panics(
        body in prop::collection::vec(any::<u8>(), 0..256),
        status in prop::sample::select(vec![200u16, 204, 400, 404, 429, 500, 503]),
    ) {
        let _ = decode(status, &json_headers(), &body);
        let _ = decode(status, &HeaderMap::new(), &body);
    }

    /// JSON-ish bytes: the same.
    #[test]
    fn decoding_jsonish_bytes_never_panics(
        body in jsonish(),
        status in prop::sample::select(vec![200u16, 400, 500]),
    ) {
        let _ = decode(status, &json_headers(), &body);
    }

    /// A valid encoding of any value decodes, and encodes back to the same
    /// JSON: every member type round-trips.
    #[test]
    fn valid_encodings_round_trip(value in every_type()) {
        let bytes = wire::to_vec(&value).unwrap();
        let back = decode(200, &json_headers(), &bytes)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&bytes)));
        let again = wire::to_vec(&back).unwrap();
        prop_assert_eq!(json_value(&bytes), json_value(&again));
        // And the meta-members are set.
        prop_assert_eq!(back.name, value.name);
    }
}

/// The first failure the round trip found: a double that serde_json's default parser
/// read back one ulp off. Fixed with its `float_roundtrip` feature.
#[test]
fn regression_a_double_round_trips_exactly() {
    let value = EveryType {
        name: String::new(),
        double: Some(-2.0652193519115997e-136),
        ..every_type_default()
    };
    let bytes = wire::to_vec(&value).unwrap();
    let back = decode(200, &json_headers(), &bytes).unwrap();
    assert_eq!(
        back.double.unwrap().to_bits(),
        value.double.unwrap().to_bits()
    );
}

fn every_type_default() -> EveryType {
    decode(200, &json_headers(), br#"{"Name":""}"#).unwrap()
}

// --- the error parser -------------------------------------------------------

fn header_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..32),
        "[a-zA-Z0-9 _:#./-]{0,24}".prop_map(String::into_bytes),
    ]
}

proptest! {
    /// Any headers and body: the parts come back, never a panic; a code is
    /// never empty, and is already sanitized.
    #[test]
    fn error_parsing_never_panics_and_sanitizes(
        error_type in prop::option::of(header_value()),
        message in prop::option::of(header_value()),
        request_id in prop::option::of(header_value()),
        body in prop_oneof![prop::collection::vec(any::<u8>(), 0..128), jsonish()],
        status in 400u16..600,
    ) {
        let mut headers = HeaderMap::new();
        for (name, v) in [
            ("x-amzn-errortype", &error_type),
            ("x-amzn-errormessage", &message),
            ("x-amzn-requestid", &request_id),
        ] {
            if let Some(v) = v.as_deref().and_then(|v| HeaderValue::from_bytes(v).ok()) {
                headers.insert(name, v);
            }
        }
        let parts = protocol::parse_error_parts(&headers, &body);
        if let Some(code) = &parts.code {
            prop_assert!(!code.is_empty());
            prop_assert!(!code.contains(':') && !code.contains('#'), "{code:?}");
            prop_assert_eq!(code.trim(), code.as_str());
            prop_assert_eq!(protocol::sanitize_error_code(code), code.as_str());
        }
        match decode(status, &headers, &body) {
            Err(e) => prop_assert!(e.starts_with("service ") == parts.code.is_some(), "{e}"),
            Ok(_) => prop_assert!(false, "an error status gave an output"),
        }
    }

    /// Sanitizing: no `:` or `#` left, no surrounding space, idempotent,
    /// and a substring of the input.
    #[test]
    fn sanitizing_invariants(raw in any::<String>()) {
        let code = protocol::sanitize_error_code(&raw);
        prop_assert!(!code.contains(':') && !code.contains('#'));
        prop_assert_eq!(code.trim(), code);
        prop_assert_eq!(protocol::sanitize_error_code(code), code);
        prop_assert!(raw.contains(code));
    }
}

// --- secrecy: echoed secrets never reach an error ---------------------------

/// A secret: a start that no fixed text has, then characters of every class
/// that JSON, `Debug`, HTML or percent-encoding escapes, or that looks
/// encoded itself (`%41`, `&#59;`).
fn secret() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '"',
        '\\',
        '/',
        '&',
        '<',
        '>',
        '\'',
        '\u{e4}',
        '\u{20ac}',
        '\u{1F600}',
        '\n',
        '\t',
        '\u{1}',
        '\u{7f}',
        '\u{301}',
        'a',
        'Z',
        '0',
        ' ',
        ':',
        '#',
        '%',
        ';',
        '4',
        '1',
    ]);
    ("[a-zA-Z0-9]{2,6}", prop::collection::vec(special, 1..8))
        .prop_map(|(a, cs)| format!("Zq{a}{}", cs.into_iter().collect::<String>()))
}

/// One way a server may write a string inside JSON.
fn escaping() -> impl Strategy<Value = Option<Vec<bool>>> {
    // `None`: one of the named escapings; `Some(mask)`: per character.
    prop::option::of(prop::collection::vec(any::<bool>(), 1..6))
}

fn escaped(s: &str, how: &Option<Vec<bool>>, pick: usize) -> String {
    match how {
        Some(mask) => echo::escape_mixed(s, mask),
        None => echo::escape(s, echo::ESCAPINGS[pick % echo::ESCAPINGS.len()]),
    }
}

/// In a page that is not JSON, a secret may also be HTML- or
/// percent-encoded.
fn encoded_in_text(s: &str, how: &Option<Vec<bool>>, pick: usize) -> String {
    match pick % 3 {
        0 => echo::escape_html(s),
        1 => echo::escape_percent(s),
        _ => escaped(s, how, pick),
    }
}

/// A response that embeds `secrets` (JSON-escaped, in any member, or raw in
/// text), as an error or a 2xx.
fn echoing_response() -> impl Strategy<Value = (Vec<String>, support::Canned)> {
    let code = prop::sample::select(vec![
        Some("InvalidInputException"),
        Some("ThrottlingException"),
        Some("aws.ns#InvalidInputException:http://x"),
        Some("BrandNewException"),
        None,
    ]);
    let template = prop::sample::select(vec![
        // Members of the modeled exception, and of the output.
        r#"{"message":"$"}"#,
        r#"{"Message":"a $ b","message":null}"#,
        r#"{"message":"x","Message":"$"}"#,
        r#"{"errorMessage":"$"}"#,
        r#"{"Reason":"$","FieldList":["$","ok"],"Tags":{"$":"$"},"Color":"$"}"#,
        r#"{"Detail":{"Name":"$","List":["$",null],"Document":{"$":["$"]},"Map":{"$":1}}}"#,
        r#"{"Document":{"a":["$",{"$":"$"}]}}"#,
        // Members of the wrong type: the decoder quotes them.
        r#"{"FieldList":"$"}"#,
        r#"{"Tags":["$"]}"#,
        r#"{"Color":["$"],"Detail":{"Integer":"$"}}"#,
        r#"{"Name":"n","Integer":"$"}"#,
        r#"{"Name":"n","Blob":"$","Epoch":"$","Float":"$"}"#,
        r#"{"Name":"$","Secret":5}"#,
        // Not JSON, or not quite.
        r#"{"message":"$""#,
        r#"$"#,
        r#"upstream: $"#,
        "\u{feff}{\"message\":\"$\"}",
        ")]}'\n{\"message\":\"$\"}",
        "<html><body>$</body></html>",
        "<Error><Message>$</Message></Error>",
    ]);
    (
        prop::collection::vec(secret(), 1..3),
        code,
        template,
        escaping(),
        any::<usize>(),
        prop::sample::select(vec![200u16, 400, 429, 500, 503]),
        any::<bool>(),
    )
        .prop_map(|(secrets, code, template, how, pick, status, header)| {
            // Each `$` is one of the secrets, escaped.
            let text = template.starts_with("<html") || template.starts_with("upstream");
            let mut body = String::new();
            for (i, part) in template.split('$').enumerate() {
                if i > 0 {
                    let s = &secrets[(pick + i) % secrets.len()];
                    if text {
                        body.push_str(&encoded_in_text(s, &how, pick + i));
                    } else {
                        body.push_str(&escaped(s, &how, pick + i));
                    }
                }
                body.push_str(part);
            }
            if let Some(code) = code
                && body.starts_with('{')
            {
                body = format!("{{\"__type\":\"{code}\",{}", &body[1..]);
            }
            let mut canned = support::Canned::json(status, &body);
            // Header values are not JSON: the secret as written, when a
            // header can hold it.
            if header && HeaderValue::from_str(&secrets[0]).is_ok() {
                canned = canned
                    .header("x-amzn-errormessage", &secrets[0])
                    .header("x-amzn-requestid", &format!("id-{}", secrets[0]));
            }
            (secrets, canned)
        })
}

proptest! {
    /// A response that echoes the request's secrets, in any escaping and any
    /// member: no error text (`Display`, `{:#}`, `{:?}`, `{:#?}`, the
    /// source chain) shows them, as written or escaped.
    #[test]
    fn echoed_secrets_never_reach_an_error((secrets, canned) in echoing_response()) {
        let op = echo::echo(&secrets);
        let script = vec![canned.clone(), canned.clone(), canned];
        let (result, _) = echo::send(&op, script);
        if let Err(err) = result {
            let texts = echo::error_texts(&err);
            for s in &secrets {
                if let Some((form, text)) = echo::leak(&texts, s) {
                    prop_assert!(false, "secret shown as {:?} in {}", form, text);
                }
            }
        }
    }
}

// --- the profile parser -----------------------------------------------------

fn profile_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("[default]".to_owned()),
        Just("[profile dev]".to_owned()),
        Just("[services s]".to_owned()),
        Just("[sso-session x]".to_owned()),
        Just("[unclosed".to_owned()),
        Just("region = us-east-1".to_owned()),
        Just("s3 =".to_owned()),
        Just("  endpoint_url = http://localhost".to_owned()),
        Just("  = nameless".to_owned()),
        Just("  continued".to_owned()),
        Just("no equals".to_owned()),
        Just("= nameless".to_owned()),
        Just("# comment".to_owned()),
        Just("; comment".to_owned()),
        Just("".to_owned()),
        Just("\0".to_owned()),
        "[ \\t]{0,2}[a-z_\\[\\]=#; ]{0,16}",
        any::<String>().prop_map(|s| s.chars().take(16).collect()),
    ];
    let sep = prop::sample::select(vec!["\n", "\r\n", "\r"]);
    prop::collection::vec((line, sep), 0..16).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(l, s)| format!("{l}{s}"))
            .collect::<String>()
    })
}

proptest! {
    /// Any text: a profile set or an error, never a panic; an error on a
    /// line names a line that is in the file.
    #[test]
    fn profile_parsing_never_panics_and_names_a_real_line(
        config in prop_oneof![profile_text(), any::<String>()],
        credentials in prop_oneof![profile_text(), any::<String>()],
    ) {
        let (cp, kp) = (Path::new("/cfg"), Path::new("/creds"));
        match ProfileSet::parse(Some((cp, &config)), Some((kp, &credentials)), "default") {
            Ok(set) => {
                let _ = format!("{set:?}");
            }
            Err(e) => {
                let text = if e.path() == cp { &config } else { &credentials };
                let lines = text.split('\n').count();
                if let Some(line) = e.line() {
                    prop_assert!(line >= 1 && line <= lines, "line {line} of {lines}: {e}");
                }
                let shown = e.to_string();
                prop_assert!(shown.contains(&e.path().display().to_string()), "{shown}");
            }
        }
    }
}

// --- the endpoint-override parser -------------------------------------------

fn url() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "http://",
        "https://",
        "HTTPS://",
        "ftp://",
        "file://",
        "",
        "http:/",
        "javascript:",
    ]);
    let userinfo = prop::sample::select(vec!["", "", "", "user@", "u:p@", "@"]);
    let host = prop_oneof![
        Just("localhost".to_owned()),
        Just("127.0.0.1".to_owned()),
        Just("[::1]".to_owned()),
        Just("[::1".to_owned()),
        Just("example.com".to_owned()),
        Just("".to_owned()),
        Just("-bad-.com".to_owned()),
        "[a-z0-9.-]{0,12}",
    ];
    let port = prop::sample::select(vec!["", ":5000", ":0", ":65536", ":", ":abc", ":443"]);
    let path = prop::sample::select(vec![
        "", "/", "/p", "/p/", "/%2", "/%41", "?q=1", "#f", " ", "/a b",
    ]);
    prop_oneof![
        (scheme, userinfo, host, port, path)
            .prop_map(|(s, u, h, p, pa)| format!("{s}{u}{h}{p}{pa}")),
        any::<String>().prop_map(|s| s.chars().take(40).collect()),
    ]
}

proptest! {
    /// Any URL override: an endpoint or an error, never a panic. What is
    /// accepted is http or https with a host and no user info, prints back
    /// as a URL that resolves to itself, and errors never echo user info.
    #[test]
    fn endpoint_overrides_never_panic_and_accept_only_plain_urls(url in url()) {
        const SVC: ServiceEndpointInfo = ServiceEndpointInfo::new("Props", "props");
        let overrides = EndpointOverrides {
            code: Some(url.clone()),
            ..EndpointOverrides::default()
        };
        match endpoint::resolve(&SVC, None, false, false, &overrides) {
            Ok(e) => {
                prop_assert!(matches!(e.scheme(), Scheme::Http | Scheme::Https));
                prop_assert!(!e.host().is_empty());
                prop_assert!(!e.authority().contains('@'));
                let lower = url.to_ascii_lowercase();
                prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
                let again = EndpointOverrides {
                    code: Some(e.url()),
                    ..EndpointOverrides::default()
                };
                let e2 = endpoint::resolve(&SVC, None, false, false, &again).unwrap();
                prop_assert_eq!(e2.url(), e.url());
            }
            Err(err) => {
                if url.contains('@') && url.len() > 2 {
                    let shown = err.to_string();
                    prop_assert!(!shown.contains(&url), "{shown}");
                }
            }
        }
    }
}
