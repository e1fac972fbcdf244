#![allow(clippy::unwrap_used)]
//! The core without the `reqwest` feature: a client over a caller's own
//! transport and timer, driven by a hand-written executor, not tokio.

use awsop_test_support::loopback as support;

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use awsop::Client;
use awsop::transport::{AsyncSleep, BoxFuture};
use support::*;

/// A timer that fires at once and counts what it was asked to wait.
#[derive(Debug, Default, Clone)]
struct InstantSleep(Arc<std::sync::Mutex<Vec<Duration>>>);

impl AsyncSleep for InstantSleep {
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        self.0.lock().unwrap().push(d);
        Box::pin(async {})
    }
}

struct Unpark(std::thread::Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

fn block_on<F: Future>(f: F) -> F::Output {
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut f = pin!(f);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

#[test]
fn a_client_runs_on_any_executor_with_its_own_transport_and_timer() {
    let rec = Recorder::new(vec![
        Ok(Canned::json(503, "{}")),
        Ok(Canned::json(200, r#"{"SecretCode":"abc"}"#)),
    ]);
    let sleep = InstantSleep::default();
    let client = Client::builder()
        .endpoint_url("http://127.0.0.1:1")
        .transport(rec.clone())
        .sleep_impl(sleep.clone())
        .jitter(|| 0.5)
        .attempt_timeout(Duration::from_secs(9))
        .build()
        .unwrap();
    let out = block_on(client.send(&op("t"))).unwrap();
    assert_eq!(out.secret_code.unwrap().expose(), "abc");
    assert_eq!(rec.requests().len(), 2);
    // The backoff before the retry: 0.5 × min(2^0 s, 20 s).
    assert!(
        sleep
            .0
            .lock()
            .unwrap()
            .contains(&Duration::from_millis(500))
    );
}

#[cfg(not(feature = "reqwest"))]
#[test]
fn without_the_feature_a_transport_and_a_timer_are_required() {
    let err = Client::builder().build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "no transport: enable awsop's `reqwest` feature or call ClientBuilder::transport"
    );
    let err = Client::builder()
        .transport(Recorder::new(vec![]))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no timer: enable awsop's `reqwest` feature or call ClientBuilder::sleep_impl"
    );
}
