//! The committed service crates are exactly what the generator makes from
//! the pinned botocore wheel's models. Any difference fails, naming the first
//! differing file and line; `AWSOP_BLESS=1` writes the crates instead.
//!
//! It needs python3 with pip and access to PyPI, or the wheel already in
//! `target/tmp/botocore-1.44.8/`; without them it fails, saying what to
//! install.

#![allow(clippy::unwrap_used, clippy::panic, reason = "a failing test panics")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use awsop_codegen::Options;

use awsop_test_support::botocore::{self, Wheel};

/// (directory under `services/` and model name, API version).
const SERVICES: &[(&str, &str)] = &[
    ("cognito-idp", "2016-04-18"),
    ("dynamodb", "2012-08-10"),
    ("kms", "2014-11-01"),
];

fn services_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../services")
}

/// Every file under `dir`, by path relative to it.
fn tree(dir: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                out.insert(path.strip_prefix(root).unwrap().to_owned(), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The first difference between two trees, as a message.
fn first_difference(
    generated: &BTreeMap<PathBuf, String>,
    committed: &BTreeMap<PathBuf, String>,
    dir: &Path,
) -> Option<String> {
    for (path, text) in generated {
        let shown = dir.join(path);
        let Some(theirs) = committed.get(path) else {
            return Some(format!("{} is missing", shown.display()));
        };
        if theirs != text {
            let mine: Vec<&str> = text.lines().collect();
            let old: Vec<&str> = theirs.lines().collect();
            let line = mine
                .iter()
                .zip(&old)
                .position(|(a, b)| a != b)
                .unwrap_or(mine.len().min(old.len()));
            return Some(format!(
                "{}:{} differs:\n  committed: {}\n  generated: {}",
                shown.display(),
                line + 1,
                old.get(line).unwrap_or(&"<end of file>"),
                mine.get(line).unwrap_or(&"<end of file>"),
            ));
        }
    }
    committed
        .keys()
        .find(|p| !generated.contains_key(*p))
        .map(|p| format!("{} is not generated: remove it", dir.join(p).display()))
}

#[test]
fn committed_crates_match_botocore_1_44_8() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let bless = std::env::var("AWSOP_BLESS").as_deref() == Ok("1");
    let out_root = tmp.join("regenerate");
    let mut failures = Vec::new();
    for (name, version) in SERVICES {
        let base = format!("botocore/data/{name}/{version}");
        let model_path = format!("{base}/service-2.json.gz");
        let pag_path = format!("{base}/paginators-1.json");
        let wheel = Wheel::in_tmpdir(tmp);
        let (model, pags) = (wheel.text(&model_path), wheel.text(&pag_path));
        let options = Options {
            crate_name: format!("awsop-{name}"),
            origin: format!("botocore {}'s `{model_path}`.", botocore::BOTOCORE_VERSION),
            workspace: true,
        };
        let krate = awsop_codegen::generate_from_text(
            Path::new(&model_path),
            &model,
            Some((Path::new(&pag_path), &pags)),
            &options,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let committed_dir = services_dir().join(name);
        if bless {
            awsop_codegen::write_crate(&krate, &committed_dir).unwrap_or_else(|e| panic!("{e}"));
            continue;
        }
        let out = out_root.join(name);
        awsop_codegen::write_crate(&krate, &out).unwrap_or_else(|e| panic!("{e}"));
        if let Some(diff) = first_difference(&tree(&out), &tree(&committed_dir), &committed_dir) {
            failures.push(diff);
        }
    }
    assert!(
        failures.is_empty(),
        "the committed service crates are out of date with botocore {}:\n{}\n\
         regenerate them with `AWSOP_BLESS=1 cargo test -p awsop-codegen --test regenerate`",
        botocore::BOTOCORE_VERSION,
        failures.join("\n")
    );
}

/// Generating twice gives the same bytes.
#[test]
fn generation_is_deterministic() {
    let model = include_str!("models/minimal.json");
    let options = Options {
        crate_name: "awsop-minimal".into(),
        origin: "a test model.".into(),
        workspace: true,
    };
    let a = awsop_codegen::generate_from_text(Path::new("minimal.json"), model, None, &options)
        .unwrap();
    let b = awsop_codegen::generate_from_text(Path::new("minimal.json"), model, None, &options)
        .unwrap();
    assert_eq!(a.files, b.files);
}
