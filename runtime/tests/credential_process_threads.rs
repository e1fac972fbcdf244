#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]
//! `credential_process` leaves no thread behind: after a run is cancelled,
//! times out, overflows or is held open by a grandchild, the threads that
//! watched it and read its output end. One test in its own binary, so no
//! other test's threads are counted.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use awsop::credentials::{ProcessProvider, ProvideCredentials};

/// The threads of this process whose name starts like awsop's
/// `credential_process` threads (the kernel keeps 15 bytes of a name).
fn process_threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .unwrap()
        .filter_map(|task| std::fs::read_to_string(task.unwrap().path().join("comm")).ok())
        .filter(|name| name.starts_with("awsop-credentia"))
        .count()
}

fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("never happened: {what}");
}

fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

#[test]
fn no_thread_outlives_its_run() {
    assert_eq!(process_threads(), 0);

    // Cancelled: the only waiting future is dropped while the command runs.
    let provider = ProcessProvider::new("exec sleep 1000");
    let mut waiting = provider.provide_credentials();
    let polled = Pin::new(&mut waiting).poll(&mut Context::from_waker(Waker::noop()));
    assert!(polled.is_pending());
    eventually("the run's threads started", || process_threads() == 2);
    drop(waiting);
    eventually("the cancelled run's threads ended", || {
        process_threads() == 0
    });

    // Timed out, with a grandchild holding the output open.
    let provider =
        ProcessProvider::new("sleep 1000 & echo partial").with_timeout(Duration::from_millis(200));
    block_on(provider.provide_credentials()).unwrap_err();
    eventually("the timed-out run's threads ended", || {
        process_threads() == 0
    });

    // Too much output.
    block_on(ProcessProvider::new("exec yes").provide_credentials()).unwrap_err();
    eventually("the overflowing run's threads ended", || {
        process_threads() == 0
    });
}
