//! Starting moto, the Cognito emulator, for end-to-end tests.
//!
//! [`Moto::start`] installs moto (pinned by `scripts/moto.sh`) if needed, and
//! starts it on 127.0.0.1 on a free port with TOTP checking on. moto runs
//! under a small Python watchdog that stops it when its standard input
//! closes, so moto goes away with the test process however that ends.
//!
//! moto 5.2.5 differs from the real service in ways the tests rely on or
//! work around: its `SecretCode` is always `asdfasdfasdf`; with TOTP checking
//! on it accepts only the current 30 s step; its error messages echo the
//! token sent; it checks no SigV4 signature; an operation it does not
//! implement gets a 500 HTML page.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

const WATCHDOG: &str = r#"
import os, socket, subprocess, sys, time, urllib.request
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
env = dict(os.environ, MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP="true")
p = subprocess.Popen([sys.argv[1], "-H", "127.0.0.1", "-p", str(port)], env=env,
                     stdout=subprocess.DEVNULL, stderr=open(sys.argv[2], "w"))
for _ in range(300):
    if p.poll() is not None:
        print("moto exited at start", flush=True); sys.exit(1)
    try:
        urllib.request.urlopen("http://127.0.0.1:%d/moto-api/" % port); break
    except Exception:
        time.sleep(0.05)
else:
    p.terminate(); print("moto did not answer within 15 s", flush=True); sys.exit(1)
print("http://127.0.0.1:%d" % port, flush=True)
sys.stdin.read()
p.terminate()
try:
    p.wait(5)
except Exception:
    p.kill()
"#;

/// A running moto; stopped when dropped.
#[derive(Debug)]
pub struct Moto {
    url: String,
    watchdog: Child,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("test-support/ is inside the workspace")
        .to_path_buf()
}

impl Moto {
    /// Installs (if needed) and starts moto.
    ///
    /// # Errors
    ///
    /// A message saying what failed: the install, or the start (with moto's log).
    pub fn start() -> Result<Moto, String> {
        let root = root();
        let setup = Command::new("bash")
            .arg(root.join("scripts/moto.sh"))
            .arg("setup")
            .status()
            .map_err(|e| format!("could not run scripts/moto.sh setup: {e}"))?;
        if !setup.success() {
            return Err(
                "scripts/moto.sh setup failed: moto[server] could not be installed (see above)"
                    .into(),
            );
        }
        let venv = std::env::var_os("AWSOP_VENV").map_or_else(|| root.join(".venv"), PathBuf::from);
        let log = std::env::temp_dir().join(format!("awsop-moto-{}.log", std::process::id()));
        let mut watchdog = Command::new(venv.join("bin/python"))
            .arg("-c")
            .arg(WATCHDOG)
            .arg(venv.join("bin/moto_server"))
            .arg(&log)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start moto's watchdog: {e}"))?;
        let stdout = watchdog.stdout.take().expect("stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| format!("could not read from moto's watchdog: {e}"))?;
        let line = line.trim().to_owned();
        if !line.starts_with("http://") {
            let _ = watchdog.kill();
            let moto_log = std::fs::read_to_string(&log).unwrap_or_default();
            return Err(format!(
                "could not start moto: {line}; its log:\n{moto_log}"
            ));
        }
        Ok(Moto {
            url: line,
            watchdog,
        })
    }

    /// One moto per process, started on first use.
    ///
    /// # Panics
    ///
    /// When moto cannot be installed or started: the tests that need it must
    /// fail, saying why, rather than skip.
    pub fn shared() -> &'static Moto {
        static MOTO: OnceLock<Moto> = OnceLock::new();
        MOTO.get_or_init(|| {
            Moto::start().unwrap_or_else(|e| panic!("moto is needed for this test: {e}"))
        })
    }

    /// moto's URL, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        // Closing stdin tells the watchdog to stop moto.
        drop(self.watchdog.stdin.take());
        let _ = self.watchdog.wait();
    }
}
