#![cfg(unix)]
#![allow(clippy::unwrap_used)]
//! `credential_process` is bounded: a timeout, a cap on its output, killed
//! (with what it started) when nobody waits for it, and run once for
//! concurrent callers. Real `sh` scripts; a few real waits, each only a
//! generous bound that turns a hang into a failing test.

use awsop_test_support::loopback as support;

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use awsop::credentials::{
    CredentialsErrorKind, MAX_PROCESS_OUTPUT_BYTES, ProcessProvider, ProfileProvider,
    ProvideCredentials,
};
use awsop::env::Env;
use support::TempDir;

const JSON: &str = r#"{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret"}"#;

/// Polls `f` until `what` holds, up to a generous bound.
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("never happened: {what}");
}

/// Whether process `pid` runs (a zombie does not count: it has exited).
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // `pid (comm) S ...`: the state follows the last `)`.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with(['Z', 'X'])),
        Err(_) => false,
    }
}

/// The pid a script wrote to `path`, once it is there.
fn pid_in(path: &Path) -> u32 {
    let mut pid = None;
    eventually("the script wrote its pid", || {
        pid = std::fs::read_to_string(path)
            .ok()
            .and_then(|s| s.trim().parse().ok());
        pid.is_some()
    });
    pid.unwrap()
}

fn lines_in(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .map(|s| s.lines().count())
        .unwrap_or(0)
}

fn poll_once<F: Future + Unpin>(future: &mut F) -> Poll<F::Output> {
    Pin::new(future).poll(&mut Context::from_waker(Waker::noop()))
}

#[tokio::test]
async fn a_hanging_command_times_out_and_is_killed() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("pid");
    let command = format!("echo $$ > '{}'; exec sleep 1000", pid_file.display());
    // Long enough that the script has surely written its pid.
    let provider = ProcessProvider::new(command).with_timeout(Duration::from_secs(1));
    let err = provider.provide_credentials().await.unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::ProviderFailed);
    assert_eq!(
        err.to_string(),
        "credential_process did not finish within 1s"
    );
    let pid = pid_in(&pid_file);
    eventually("the command was killed", || !alive(pid));
}

#[tokio::test]
async fn through_a_profile_the_error_names_the_profile_not_the_command() {
    let dir = TempDir::new();
    let config = dir.write(
        "config",
        "[profile slow]\ncredential_process = sleep 1000 && echo cmdsecret\n",
    );
    let env = Env::from_pairs([
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ]);
    let provider = ProfileProvider::with_profile_name(env, "slow")
        .with_process_timeout(Duration::from_millis(200));
    let err = provider.provide_credentials().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "profile `slow`: credential_process did not finish within 200ms"
    );
    assert!(!format!("{err:?}").contains("cmdsecret"), "{err:?}");
}

#[tokio::test]
async fn a_grandchild_holding_stdout_does_not_hang_and_is_killed() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("grandchild");
    // The shell exits at once; the background `sleep` keeps the pipe open.
    let command = format!(
        "sleep 1000 & echo $! > '{}'; echo partial",
        pid_file.display()
    );
    // Long enough that the shell has surely exited before it runs out.
    let provider = ProcessProvider::new(command).with_timeout(Duration::from_secs(3));
    let err = provider.provide_credentials().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "credential_process did not finish within 3s: it exited, but a process it started \
         kept its standard output open"
    );
    let pid = pid_in(&pid_file);
    eventually("the grandchild was killed", || !alive(pid));
}

#[tokio::test]
async fn a_failing_command_is_reported_at_once_though_a_grandchild_holds_stdout() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("grandchild");
    let command = format!("sleep 1000 & echo $! > '{}'; exit 4", pid_file.display());
    // The default timeout of 60 s: the error must not wait for it.
    let err = tokio::time::timeout(
        Duration::from_secs(30),
        ProcessProvider::new(command).provide_credentials(),
    )
    .await
    .expect("waited for the grandchild")
    .unwrap_err();
    assert_eq!(err.to_string(), "credential_process exited with status 4");
    let pid = pid_in(&pid_file);
    eventually("the grandchild was killed", || !alive(pid));
}

#[tokio::test]
async fn endless_output_is_cut_at_the_cap_and_the_command_killed() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("pid");
    let command = format!("echo $$ > '{}'; exec yes procsecret", pid_file.display());
    let err = ProcessProvider::new(command)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "credential_process output is over 65536 bytes"
    );
    assert!(!format!("{err:?}").contains("procsecret"));
    let pid = pid_in(&pid_file);
    eventually("the command was killed", || !alive(pid));

    let err = ProcessProvider::new("head -c 300000000 /dev/zero")
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "credential_process output is over 65536 bytes"
    );
}

#[tokio::test]
async fn output_of_exactly_the_cap_is_read() {
    assert_eq!(MAX_PROCESS_OUTPUT_BYTES, 65536);
    let padding = MAX_PROCESS_OUTPUT_BYTES - JSON.len();
    let command = format!("printf '%s' '{JSON}'; head -c {padding} /dev/zero | tr '\\0' ' '");
    let got = ProcessProvider::new(command)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(got.access_key_id(), "AKIDPROC");
    let over = format!(
        "printf '%s' '{JSON}'; head -c {} /dev/zero | tr '\\0' ' '",
        padding + 1
    );
    let err = ProcessProvider::new(over)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "credential_process output is over 65536 bytes"
    );
}

#[test]
fn dropping_the_only_waiting_future_kills_the_command() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("pid");
    let count = dir.0.join("count");
    let command = format!(
        "echo run >> '{}'; echo $$ > '{}'; exec sleep 1000",
        count.display(),
        pid_file.display()
    );
    let provider = ProcessProvider::new(command);
    let mut first = provider.provide_credentials();
    assert!(poll_once(&mut first).is_pending());
    let pid = pid_in(&pid_file);
    assert!(alive(pid));
    drop(first);
    eventually("the command was killed", || !alive(pid));

    // The next caller starts a new run rather than joining the killed one.
    std::fs::remove_file(&pid_file).unwrap();
    let mut second = provider.provide_credentials();
    assert!(poll_once(&mut second).is_pending());
    let second_pid = pid_in(&pid_file);
    assert_ne!(second_pid, pid);
    assert_eq!(lines_in(&count), 2);
    drop(second);
    eventually("the second command was killed", || !alive(second_pid));
}

#[test]
fn the_command_runs_on_while_one_caller_still_waits() {
    let dir = TempDir::new();
    let pid_file = dir.0.join("pid");
    let command = format!("echo $$ > '{}'; exec sleep 1000", pid_file.display());
    let provider = ProcessProvider::new(command);
    let mut first = provider.provide_credentials();
    let other = provider.clone();
    let mut second = other.provide_credentials();
    assert!(poll_once(&mut first).is_pending());
    assert!(poll_once(&mut second).is_pending());
    let pid = pid_in(&pid_file);
    drop(first);
    std::thread::sleep(Duration::from_millis(100));
    assert!(alive(pid), "killed although a caller still waits");
    assert!(poll_once(&mut second).is_pending());
    drop(second);
    eventually("the command was killed", || !alive(pid));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_callers_share_one_run() {
    let dir = TempDir::new();
    let count = dir.0.join("count");
    let go = dir.0.join("go");
    // Runs until the test has started every caller, so all of them overlap.
    let command = format!(
        "echo run >> '{}'; i=0; while [ ! -e '{}' ]; do i=$((i+1)); [ $i -gt 3000 ] && exit 9; sleep 0.01; done; printf '%s' '{JSON}'",
        count.display(),
        go.display()
    );
    let provider = ProcessProvider::new(command);
    let joined = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (provider, joined) = (provider.clone(), joined.clone());
        tasks.spawn(async move {
            // Calling joins (or starts) the run; awaiting only waits for it.
            let answer = provider.provide_credentials();
            joined.fetch_add(1, Ordering::SeqCst);
            answer.await
        });
    }
    eventually("every caller joined", || {
        joined.load(Ordering::SeqCst) == 20
    });
    std::fs::write(&go, b"").unwrap();
    let mut answers = 0;
    while let Some(result) = tasks.join_next().await {
        assert_eq!(result.unwrap().unwrap().access_key_id(), "AKIDPROC");
        answers += 1;
    }
    assert_eq!((answers, lines_in(&count)), (20, 1));

    // Once it has answered, the next call runs it again.
    provider.provide_credentials().await.unwrap();
    assert_eq!(lines_in(&count), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_profile_loads_share_one_run() {
    let dir = TempDir::new();
    let count = dir.0.join("count");
    let go = dir.0.join("go");
    let config = format!(
        "[default]\ncredential_process = sh -c \"echo run >> '{}'; while [ ! -e '{}' ]; do sleep 0.01; done; printf '%s' '{}'\"\n",
        count.display(),
        go.display(),
        JSON.replace('"', "\\\"")
    );
    let set =
        awsop::profile::ProfileSet::parse(Some((Path::new("config"), &config)), None, "default")
            .unwrap();
    // Profiles already loaded: the first poll of a load reaches the command.
    let provider = ProfileProvider::from_profile_set(set);
    let joined = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (provider, joined) = (provider.clone(), joined.clone());
        tasks.spawn(async move {
            let mut load = provider.provide_credentials();
            let first = std::future::poll_fn(|cx| Poll::Ready(load.as_mut().poll(cx))).await;
            joined.fetch_add(1, Ordering::SeqCst);
            match first {
                Poll::Ready(result) => result,
                Poll::Pending => load.await,
            }
        });
    }
    eventually("every load joined", || joined.load(Ordering::SeqCst) == 10);
    std::fs::write(&go, b"").unwrap();
    while let Some(result) = tasks.join_next().await {
        assert_eq!(result.unwrap().unwrap().access_key_id(), "AKIDPROC");
    }
    assert_eq!(lines_in(&count), 1);
}
