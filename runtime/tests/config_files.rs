#![allow(clippy::unwrap_used)]
//! The shared config and credentials files are read only when they are
//! regular files of a sane size: anything else is an error naming the file,
//! and never a hang or an unbounded read.

use awsop_test_support::loopback as support;

use std::sync::mpsc;
use std::time::Duration;

use awsop::ClientBuilder;
use awsop::env::Env;
use awsop::profile::{MAX_PROFILE_FILE_BYTES, ProfileErrorKind, ProfileSet};
use support::TempDir;

/// `ClientBuilder::from_env` with `AWS_CONFIG_FILE` (or the credentials
/// file) at `path`, on a thread: its error text, or a failure if it does not
/// return within a generous bound (the bound only turns a hang into a failing
/// test; nothing is timed).
fn from_env_error(var: &'static str, path: &str) -> String {
    let other = match var {
        "AWS_CONFIG_FILE" => "AWS_SHARED_CREDENTIALS_FILE",
        _ => "AWS_CONFIG_FILE",
    };
    let env = Env::from_pairs([
        (var, path.to_owned()),
        (other, "/nonexistent/awsop-file".to_owned()),
    ]);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = ClientBuilder::from_env(env).map(|_| ());
        let _ = tx.send(result.map_err(|e| e.to_string()));
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(result) => result.unwrap_err(),
        Err(_) => panic!("from_env with {var}={path} did not return: it blocked"),
    }
}

fn profile_error_kind(path: &str) -> ProfileErrorKind {
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", path),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsop-file"),
    ]);
    ProfileSet::load(&env, None).unwrap_err().kind()
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = TempDir::new();
    let fifo = dir.0.join("config-fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo failed");
    let fifo = fifo.to_str().unwrap().to_owned();
    for var in ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"] {
        assert_eq!(
            from_env_error(var, &fifo),
            format!("profile file {fifo} is not a regular file")
        );
    }
    assert_eq!(profile_error_kind(&fifo), ProfileErrorKind::NotAFile);
}

#[cfg(unix)]
#[test]
fn a_device_is_refused() {
    for device in ["/dev/zero", "/dev/null", "/dev/urandom"] {
        assert_eq!(
            from_env_error("AWS_CONFIG_FILE", device),
            format!("profile file {device} is not a regular file")
        );
        assert_eq!(profile_error_kind(device), ProfileErrorKind::NotAFile);
    }
}

#[test]
fn a_directory_is_refused() {
    let dir = TempDir::new();
    let path = dir.0.to_str().unwrap().to_owned();
    assert_eq!(
        from_env_error("AWS_SHARED_CREDENTIALS_FILE", &path),
        format!("profile file {path} is not a regular file")
    );
    assert_eq!(profile_error_kind(&path), ProfileErrorKind::NotAFile);
}

#[test]
fn an_oversized_file_is_refused_and_one_at_the_cap_is_read() {
    let dir = TempDir::new();
    let big = dir.write("big", "");
    std::fs::File::options()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(MAX_PROFILE_FILE_BYTES + 1)
        .unwrap();
    assert_eq!(
        from_env_error("AWS_CONFIG_FILE", &big),
        format!("profile file {big} is larger than the 16 MiB limit")
    );
    assert_eq!(profile_error_kind(&big), ProfileErrorKind::TooLarge);

    // A sparse file of 4 GiB: refused from its size, never read.
    let huge = dir.write("huge", "");
    std::fs::File::options()
        .write(true)
        .open(&huge)
        .unwrap()
        .set_len(4 << 30)
        .unwrap();
    assert_eq!(profile_error_kind(&huge), ProfileErrorKind::TooLarge);

    // Exactly at the cap: read (and parsed: a comment padded with spaces).
    let mut text = b"[default]\nregion = eu-west-1\n#".to_vec();
    text.resize(MAX_PROFILE_FILE_BYTES as usize, b' ');
    let at_cap = dir.write_bytes("at-cap", &text);
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", at_cap.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsop-file"),
    ]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.selected().unwrap().get("region"), Some("eu-west-1"));
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_regular_file_is_read_and_one_to_a_fifo_is_refused() {
    let dir = TempDir::new();
    let real = dir.write("real", "[default]\nregion = eu-west-1\n");
    let link = dir.0.join("link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", link.to_str().unwrap()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsop-file"),
    ]);
    let set = ProfileSet::load(&env, None).unwrap();
    assert_eq!(set.selected().unwrap().get("region"), Some("eu-west-1"));

    let fifo = dir.0.join("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let fifo_link = dir.0.join("fifo-link");
    std::os::unix::fs::symlink(&fifo, &fifo_link).unwrap();
    let fifo_link = fifo_link.to_str().unwrap().to_owned();
    assert_eq!(
        from_env_error("AWS_CONFIG_FILE", &fifo_link),
        format!("profile file {fifo_link} is not a regular file")
    );
}
