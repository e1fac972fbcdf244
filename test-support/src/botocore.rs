//! Files from the pinned botocore wheel, for tests that check the repository
//! against AWS's own data (`runtime/tests/partitions_table.rs`,
//! `codegen/drift/tests/cognito.rs`, `codegen/tests/regenerate.rs`).
//!
//! The wheel is downloaded once with pip into `target/tmp/botocore-<version>/`
//! and checked against its sha256; files are read from it with python3's
//! `zipfile` (and `gzip` for `.gz` files). Without python3, pip and access to
//! PyPI (or the wheel already in place) the tests fail, saying what to install.
//!
//! ```no_run
//! use awsop_test_support::botocore::Wheel;
//!
//! // In an integration test, pass `env!("CARGO_TARGET_TMPDIR")`.
//! let wheel = Wheel::in_tmpdir("target/tmp");
//! let partitions = wheel.text("botocore/data/partitions.json");
//! # let _ = partitions;
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// The pinned botocore version.
pub const BOTOCORE_VERSION: &str = "1.44.8";
const WHEEL_NAME: &str = "botocore-1.44.8-py3-none-any.whl";
/// sha256 of the wheel, as recorded when the models were taken from it.
pub const WHEEL_SHA256: &str = "76342a76c338701db80dcb8afe1c9bd079283d6fffbb9d881442abb02a215043";

/// The pinned wheel, kept in a directory of its own under a test's
/// temporary directory.
#[derive(Debug, Clone)]
pub struct Wheel {
    dir: PathBuf,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Wheel {
    /// The wheel in `tmpdir/botocore-<version>/`; pass an integration test's
    /// `env!("CARGO_TARGET_TMPDIR")`, so every test of the workspace shares one
    /// download. Nothing is downloaded until a file is read.
    pub fn in_tmpdir(tmpdir: impl AsRef<Path>) -> Wheel {
        Wheel {
            dir: tmpdir.as_ref().join(format!("botocore-{BOTOCORE_VERSION}")),
        }
    }

    fn fail(&self, what: &str, detail: &str) -> ! {
        panic!(
            "{what}\n{detail}\nThis test needs python3 with pip (Debian/Ubuntu: `apt-get install python3 python3-pip`) \
         and access to PyPI, or {WHEEL_NAME} placed in {}.",
            self.dir.display()
        )
    }

    /// The pinned wheel, downloaded with pip unless already there, and checked.
    fn wheel(&self) -> PathBuf {
        let dir = &self.dir;
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
                .arg(dir)
                .output()
                .unwrap_or_else(|e| self.fail("could not run python3", &e.to_string()));
            if !out.status.success() {
                self.fail(
                    &format!(
                        "`python3 -m pip download {pin} --no-deps --only-binary=:all:` failed"
                    ),
                    &String::from_utf8_lossy(&out.stderr),
                );
            }
        }
        let bytes = std::fs::read(&wheel).unwrap_or_else(|e| {
            self.fail(
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
    ///
    /// # Panics
    ///
    /// When the wheel cannot be had or checked, or the file read: the message
    /// says what to install.
    pub fn text(&self, path_in_wheel: &str) -> String {
        let wheel = self.wheel();
        let script = "import gzip, sys, zipfile\n\
                  data = zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])\n\
                  sys.stdout.buffer.write(gzip.decompress(data) if sys.argv[2].endswith('.gz') else data)";
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(&wheel)
            .arg(path_in_wheel)
            .output()
            .unwrap_or_else(|e| self.fail("could not run python3", &e.to_string()));
        if !out.status.success() {
            self.fail(
                &format!("could not read {path_in_wheel} from {}", wheel.display()),
                &String::from_utf8_lossy(&out.stderr),
            );
        }
        String::from_utf8(out.stdout)
            .unwrap_or_else(|e| panic!("{path_in_wheel} in the botocore wheel is not UTF-8: {e}"))
    }
}
