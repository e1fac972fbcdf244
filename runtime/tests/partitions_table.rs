//! `runtime/src/endpoint/partitions.rs` is generated from AWS's `partitions.json` as
//! shipped in the pinned botocore wheel. This test downloads the wheel with
//! pip, regenerates the table and compares it with the checked-in file byte for
//! byte. `AWSOP_BLESS=1` writes the file instead.
//!
//! It needs `python3` with pip and access to PyPI (or the wheel already in
//! `target/tmp/botocore-1.44.8/`); without them it fails, saying what to
//! install (see `awsop_test_support::botocore`).

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::path::{Path, PathBuf};
use std::process::Command;

use awsop_test_support::botocore::{BOTOCORE_VERSION, WHEEL_SHA256, Wheel};

const PATH_IN_WHEEL: &str = "botocore/data/partitions.json";

/// The generator: `partitions.json` text in, `partitions.rs` text out.
mod generator {
    use std::fmt::Write as _;

    use serde_json::Value;

    /// One partition, checked.
    #[derive(Debug)]
    pub(crate) struct Partition {
        pub(crate) id: String,
        pub(crate) name: String,
        pub(crate) dns_suffix: String,
        pub(crate) dual_stack_dns_suffix: String,
        pub(crate) supports_fips: bool,
        pub(crate) supports_dual_stack: bool,
        pub(crate) implicit_global_region: String,
        pub(crate) region_regex: String,
        pub(crate) region_prefixes: Vec<String>,
        pub(crate) regions: Vec<String>,
    }

    /// The Rust source of `partitions.rs` for `json`, already in rustfmt's
    /// layout. `origin` names where the JSON came from, for the header.
    pub(crate) fn generate(json: &str, origin: &str) -> Result<String, String> {
        Ok(render(&parse(json)?, origin))
    }

    /// Reads and checks `partitions.json`.
    pub(crate) fn parse(json: &str) -> Result<Vec<Partition>, String> {
        let root: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
        match root.get("version").and_then(Value::as_str) {
            Some("1.1") => {}
            other => {
                return Err(format!(
                    "unsupported partitions.json version {other:?} (expected \"1.1\")"
                ));
            }
        }
        let list = root
            .get("partitions")
            .and_then(Value::as_array)
            .ok_or("no \"partitions\" array")?;
        let mut out = Vec::new();
        for p in list {
            out.push(parse_partition(p)?);
        }
        if !out.iter().any(|p| p.id == "aws") {
            return Err("no \"aws\" partition (the fallback)".into());
        }
        for (i, a) in out.iter().enumerate() {
            for b in &out[i + 1..] {
                if a.id == b.id {
                    return Err(format!("partition {} appears twice", a.id));
                }
                if let Some(r) = a.regions.iter().find(|r| b.regions.contains(r)) {
                    return Err(format!(
                        "region {r} is listed by both {} and {}",
                        a.id, b.id
                    ));
                }
            }
        }
        Ok(out)
    }

    fn parse_partition(p: &Value) -> Result<Partition, String> {
        let id = string(p, "id", "partition")?;
        let ctx = format!("partition {id}");
        let outputs = p.get("outputs").ok_or(format!("{ctx}: no outputs"))?;
        let region_regex = string(p, "regionRegex", &ctx)?;
        let region_prefixes =
            compile_region_regex(&region_regex).map_err(|e| format!("{ctx}: {e}"))?;
        let regions_obj = p
            .get("regions")
            .and_then(Value::as_object)
            .ok_or(format!("{ctx}: no regions object"))?;
        let mut regions: Vec<String> = regions_obj.keys().cloned().collect();
        regions.sort();
        for r in &regions {
            if !is_label(r) {
                return Err(format!(
                    "{ctx}: region {r:?} is not a lower-case host label"
                ));
            }
        }
        let partition = Partition {
            name: string(outputs, "name", &ctx)?,
            dns_suffix: string(outputs, "dnsSuffix", &ctx)?,
            dual_stack_dns_suffix: string(outputs, "dualStackDnsSuffix", &ctx)?,
            supports_fips: boolean(outputs, "supportsFIPS", &ctx)?,
            supports_dual_stack: boolean(outputs, "supportsDualStack", &ctx)?,
            implicit_global_region: string(outputs, "implicitGlobalRegion", &ctx)?,
            id,
            region_regex,
            region_prefixes,
            regions,
        };
        for (what, v) in [
            ("id", &partition.id),
            ("name", &partition.name),
            ("implicitGlobalRegion", &partition.implicit_global_region),
        ] {
            if !is_label(v) {
                return Err(format!(
                    "{ctx}: {what} {v:?} is not a lower-case host label"
                ));
            }
        }
        for (what, v) in [
            ("dnsSuffix", &partition.dns_suffix),
            ("dualStackDnsSuffix", &partition.dual_stack_dns_suffix),
        ] {
            if !v.split('.').all(is_label) {
                return Err(format!("{ctx}: {what} {v:?} is not a lower-case DNS name"));
            }
        }
        Ok(partition)
    }

    fn string(v: &Value, key: &str, ctx: &str) -> Result<String, String> {
        v.get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or(format!("{ctx}: {key} missing or not a string"))
    }

    fn boolean(v: &Value, key: &str, ctx: &str) -> Result<bool, String> {
        v.get(key)
            .and_then(Value::as_bool)
            .ok_or(format!("{ctx}: {key} missing or not a boolean"))
    }

    fn is_label(s: &str) -> bool {
        !s.is_empty()
            && s.len() <= 63
            && !s.starts_with('-')
            && !s.ends_with('-')
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// One piece of a region regex.
    #[derive(Debug, PartialEq)]
    enum Piece {
        /// A literal character.
        Lit(char),
        /// `(a|b|c)`: one of these literals.
        Alt(Vec<String>),
        /// `\w+`.
        Word,
        /// `\d+`.
        Digits,
    }

    /// Compiles `^<literal prefix>\w+\-\d+$`, where the prefix is literal
    /// characters (`a-z`, `0-9`, `\-`) and groups of `|`-separated literals,
    /// into the list of literal prefixes. Anything else is an error.
    pub(crate) fn compile_region_regex(regex: &str) -> Result<Vec<String>, String> {
        let body = regex
            .strip_prefix('^')
            .and_then(|r| r.strip_suffix('$'))
            .ok_or(format!("region regex {regex:?} is not anchored with ^...$"))?;
        let pieces = lex(body).map_err(|e| format!("region regex {regex:?}: {e}"))?;
        let tail = [Piece::Word, Piece::Lit('-'), Piece::Digits];
        let prefix = pieces.strip_suffix(&tail[..]).ok_or(format!(
            "region regex {regex:?} does not end with \\w+\\-\\d+$"
        ))?;
        let mut prefixes = vec![String::new()];
        for piece in prefix {
            prefixes = match piece {
                Piece::Lit(c) => prefixes.into_iter().map(|p| format!("{p}{c}")).collect(),
                Piece::Alt(options) => prefixes
                    .iter()
                    .flat_map(|p| options.iter().map(move |o| format!("{p}{o}")))
                    .collect(),
                Piece::Word | Piece::Digits => {
                    return Err(format!(
                        "region regex {regex:?}: \\w+ or \\d+ before the final \\w+\\-\\d+ is not supported"
                    ));
                }
            };
            if prefixes.len() > 64 {
                return Err(format!("region regex {regex:?} has too many alternatives"));
            }
        }
        if prefixes.iter().any(String::is_empty) {
            return Err(format!("region regex {regex:?} has an empty prefix"));
        }
        Ok(prefixes)
    }

    fn lex(body: &str) -> Result<Vec<Piece>, String> {
        let mut out = Vec::new();
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match (chars.next(), chars.peek()) {
                    (Some('-'), _) => out.push(Piece::Lit('-')),
                    (Some('w'), Some('+')) => {
                        chars.next();
                        out.push(Piece::Word);
                    }
                    (Some('d'), Some('+')) => {
                        chars.next();
                        out.push(Piece::Digits);
                    }
                    (e, _) => return Err(format!("unsupported escape \\{}", e.unwrap_or(' '))),
                },
                '(' => {
                    let mut options = vec![String::new()];
                    loop {
                        match chars.next() {
                            Some(')') => break,
                            Some('|') => options.push(String::new()),
                            Some('\\') => match chars.next() {
                                Some('-') => options.last_mut().expect("never empty").push('-'),
                                e => {
                                    return Err(format!(
                                        "unsupported escape \\{} in a group",
                                        e.unwrap_or(' ')
                                    ));
                                }
                            },
                            Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                                options.last_mut().expect("never empty").push(c)
                            }
                            Some(c) => {
                                return Err(format!("unsupported character {c:?} in a group"));
                            }
                            None => return Err("unclosed group".into()),
                        }
                    }
                    if options.iter().any(String::is_empty) {
                        return Err("empty alternative in a group".into());
                    }
                    out.push(Piece::Alt(options));
                }
                c if c.is_ascii_lowercase() || c.is_ascii_digit() => out.push(Piece::Lit(c)),
                c => return Err(format!("unsupported character {c:?}")),
            }
        }
        Ok(out)
    }

    const WIDTH: usize = 100;

    /// The source text, laid out as rustfmt would.
    fn render(partitions: &[Partition], origin: &str) -> String {
        let default = partitions
            .iter()
            .position(|p| p.id == "aws")
            .expect("parse checks that aws exists");
        let mut s = String::new();
        s.push_str("//! AWS partitions, generated by `runtime/tests/partitions_table.rs` from\n");
        for line in origin.lines() {
            writeln!(s, "//! {line}").expect("write to String");
        }
        s.push_str("//!\n");
        s.push_str("//! Do not edit. Regenerate with\n");
        s.push_str("//! `AWSOP_BLESS=1 cargo test -p awsop --test partitions_table`.\n\n");
        s.push_str("use super::Partition;\n\n");
        s.push_str("/// Every partition, in the order of `partitions.json`.\n");
        writeln!(
            s,
            "pub(super) static PARTITIONS: [Partition; {}] = [",
            partitions.len()
        )
        .expect("write to String");
        for p in partitions {
            s.push_str("    Partition {\n");
            let field = |s: &mut String, name: &str, value: String| {
                writeln!(s, "        {name}: {value},").expect("write to String");
            };
            field(&mut s, "id", quote(&p.id));
            field(&mut s, "name", quote(&p.name));
            field(&mut s, "dns_suffix", quote(&p.dns_suffix));
            field(
                &mut s,
                "dual_stack_dns_suffix",
                quote(&p.dual_stack_dns_suffix),
            );
            field(&mut s, "supports_fips", p.supports_fips.to_string());
            field(
                &mut s,
                "supports_dual_stack",
                p.supports_dual_stack.to_string(),
            );
            field(
                &mut s,
                "implicit_global_region",
                quote(&p.implicit_global_region),
            );
            field(&mut s, "region_regex", format!("r\"{}\"", p.region_regex));
            string_array(&mut s, "region_prefixes", &p.region_prefixes);
            string_array(&mut s, "regions", &p.regions);
            s.push_str("    },\n");
        }
        s.push_str("];\n\n");
        writeln!(
            s,
            "/// The partition of a region no partition claims: `{}`.",
            partitions[default].id
        )
        .expect("write to String");
        writeln!(
            s,
            "pub(super) static DEFAULT_PARTITION: &Partition = &PARTITIONS[{default}];"
        )
        .expect("write to String");
        s
    }

    /// The strings are checked to be plain (`a-z0-9.-` and the regex
    /// characters), so they need no escaping.
    fn quote(s: &str) -> String {
        format!("\"{s}\"")
    }

    /// `        name: &[...],` the way rustfmt lays out an array of string
    /// literals: on one line if it is at most 60 wide and the line fits,
    /// else one item per line, or filled lines when every item is at most 10
    /// wide.
    fn string_array(s: &mut String, name: &str, items: &[String]) {
        let quoted: Vec<String> = items.iter().map(|i| quote(i)).collect();
        let one_line = format!("&[{}]", quoted.join(", "));
        let indent = "        ";
        if one_line.len() - 1 <= 60 && indent.len() + name.len() + 2 + one_line.len() < WIDTH {
            writeln!(s, "{indent}{name}: {one_line},").expect("write to String");
            return;
        }
        writeln!(s, "{indent}{name}: &[").expect("write to String");
        let inner = "            ";
        if quoted.iter().all(|q| q.len() <= 10) {
            let mut line = String::new();
            for q in &quoted {
                if !line.is_empty() && inner.len() + line.len() + 1 + q.len() + 1 > WIDTH {
                    writeln!(s, "{inner}{line}").expect("write to String");
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(q);
                line.push(',');
            }
            writeln!(s, "{inner}{line}").expect("write to String");
        } else {
            for q in &quoted {
                writeln!(s, "{inner}{q},").expect("write to String");
            }
        }
        writeln!(s, "{indent}],").expect("write to String");
    }
}

/// The checked-in table: in `../src/endpoint/`, from this file. `file!()` is
/// absolute when the test is compiled from outside the package, and relative
/// to the workspace otherwise.
fn table_path() -> PathBuf {
    let here = Path::new(file!());
    if here.is_absolute() {
        here.parent()
            .expect("a file has a directory")
            .join("../src/endpoint/partitions.rs")
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/endpoint/partitions.rs")
    }
}

#[test]
fn checked_in_table_matches_botocore_1_44_8() {
    let json = Wheel::in_tmpdir(env!("CARGO_TARGET_TMPDIR")).text(PATH_IN_WHEEL);
    let origin =
        format!("`{PATH_IN_WHEEL}` of botocore {BOTOCORE_VERSION}\n(wheel sha256 {WHEEL_SHA256}).");
    let generated = generator::generate(&json, &origin).unwrap();
    let path = table_path();
    if std::env::var("AWSOP_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if generated != checked_in {
        let line = generated
            .lines()
            .zip(checked_in.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| generated.lines().count().min(checked_in.lines().count()));
        panic!(
            "{} is out of date with botocore {BOTOCORE_VERSION} (first difference at line {}); \
             regenerate it with `AWSOP_BLESS=1 cargo test -p awsop --test partitions_table`",
            path.display(),
            line + 1
        );
    }
}

/// rustfmt leaves the checked-in table as it is, so `cargo fmt` never fights
/// the generator.
#[test]
fn checked_in_table_is_rustfmt_stable() {
    use std::io::Write as _;
    let text = std::fs::read_to_string(table_path()).unwrap();
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let mut child = Command::new(&rustfmt)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("could not run {rustfmt} ({e}); install it: `rustup component add rustfmt`")
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "rustfmt failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
}

#[test]
fn every_botocore_regex_shape_compiles() {
    let c = |r: &str| generator::compile_region_regex(r).unwrap();
    assert_eq!(
        c(r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$"),
        [
            "us-", "eu-", "ap-", "sa-", "ca-", "me-", "af-", "il-", "mx-"
        ]
    );
    assert_eq!(c(r"^cn\-\w+\-\d+$"), ["cn-"]);
    assert_eq!(c(r"^eusc\-(de)\-\w+\-\d+$"), ["eusc-de-"]);
    assert_eq!(c(r"^us\-iso\-\w+\-\d+$"), ["us-iso-"]);
    assert_eq!(
        c(r"^(a|b)\-(c|d)\-\w+\-\d+$"),
        ["a-c-", "a-d-", "b-c-", "b-d-"]
    );
}

#[test]
fn unknown_regex_shapes_are_refused() {
    for bad in [
        r"(us|eu)\-\w+\-\d+$",
        r"^(us|eu)\-\w+\-\d+",
        r"^us\-.*$",
        r"^us\-\w+\-\d$",
        r"^us\-\w\-\d+$",
        r"^us\-[a-z]+\-\d+$",
        r"^us\-\w+\-\d+\-\w+$",
        r"^(us|(eu))\-\w+\-\d+$",
        r"^(us|)\-\w+\-\d+$",
        r"^(us\-\w+\-\d+$",
        r"^\w+\-\w+\-\d+$",
        r"^\w+\-\d+$",
        r"^US\-\w+\-\d+$",
        r"^us\.\w+\-\d+$",
    ] {
        let result = generator::compile_region_regex(bad);
        assert!(result.is_err(), "{bad} compiled to {result:?}");
    }
    assert_eq!(
        generator::compile_region_regex(r"^us\-.*$").unwrap_err(),
        "region regex \"^us\\\\-.*$\": unsupported character '.'"
    );
}

#[test]
fn generator_refuses_bad_input() {
    let part = |id: &str, regex: &str, regions: &str| {
        format!(
            r#"{{"id":"{id}","regionRegex":"{regex}","regions":{regions},"outputs":{{"name":"{id}",
            "dnsSuffix":"example.com","dualStackDnsSuffix":"api.example","supportsFIPS":true,
            "supportsDualStack":false,"implicitGlobalRegion":"xx-east-1"}}}}"#
        )
    };
    let doc =
        |parts: &[String]| format!(r#"{{"version":"1.1","partitions":[{}]}}"#, parts.join(","));
    let ok = part("aws", r"^xx\\-\\w+\\-\\d+$", r#"{"xx-east-1":{}}"#);
    let text = generator::generate(&doc(std::slice::from_ref(&ok)), "a test").unwrap();
    assert!(
        text.contains("        region_prefixes: &[\"xx-\"],\n"),
        "{text}"
    );
    assert!(
        text.contains("        supports_dual_stack: false,\n"),
        "{text}"
    );
    assert!(text.contains("pub(super) static DEFAULT_PARTITION: &Partition = &PARTITIONS[0];\n"));

    let err = |json: &str| generator::generate(json, "a test").unwrap_err();
    assert_eq!(
        err(r#"{"version":"2.0","partitions":[]}"#),
        "unsupported partitions.json version Some(\"2.0\") (expected \"1.1\")"
    );
    let other = part("aws-x", r"^yy\\-\\w+\\-\\d+$", r#"{"yy-east-1":{}}"#);
    assert_eq!(
        err(&doc(std::slice::from_ref(&other))),
        "no \"aws\" partition (the fallback)"
    );
    let dup = part("aws-x", r"^yy\\-\\w+\\-\\d+$", r#"{"xx-east-1":{}}"#);
    assert_eq!(
        err(&doc(&[ok.clone(), dup])),
        "region xx-east-1 is listed by both aws and aws-x"
    );
    let bad_region = part("aws", r"^xx\\-\\w+\\-\\d+$", r#"{"xx\"east":{}}"#);
    assert_eq!(
        err(&doc(&[bad_region])),
        "partition aws: region \"xx\\\"east\" is not a lower-case host label"
    );
    let bad_regex = part("aws", r"^xx\\-\\w*$", r#"{}"#);
    assert!(err(&doc(&[bad_regex])).starts_with("partition aws: region regex"));
    let missing = ok.replace(r#""supportsFIPS":true,"#, "");
    assert_eq!(
        err(&doc(&[missing])),
        "partition aws: supportsFIPS missing or not a boolean"
    );
}
