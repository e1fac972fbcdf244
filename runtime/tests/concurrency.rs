#![allow(clippy::unwrap_used)]
//! One `Client` shared by 1,000 concurrent sends over the loopback server:
//! all succeed, connections are reused, and a cold credentials cache asks its
//! provider once. Peak memory is measured by hand (see RELIABILITY.md), not
//! here.

use awsop_test_support::loopback as support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use awsop::credentials::{CredentialsError, ProvideCredentials};
use awsop::time::{DateTime, FixedClock};
use awsop::transport::BoxFuture;
use awsop::{Client, Credentials};
use support::*;

const SENDS: usize = 1_000;

/// A provider that counts its calls and takes a moment to answer.
#[derive(Debug, Default, Clone)]
struct SlowCounting(Arc<AtomicUsize>);

impl ProvideCredentials for SlowCounting {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            Ok(Credentials::new("AKID", "secret", None, None, "slow"))
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_sends_share_connections_and_credentials() {
    let ok = Canned::json(200, r#"{"SecretCode":"S"}"#);
    let server = Server::start((0..SENDS + 100).map(|_| Act::Respond(ok.clone())).collect()).await;
    let provider = SlowCounting::default();
    let client = Client::builder()
        .region("us-east-1")
        .endpoint_url(server.url())
        .clock(FixedClock::new(DateTime::from_secs(1_764_590_400)))
        .credentials_provider(provider.clone())
        .jitter(|| 0.0)
        .build()
        .unwrap();
    let tasks: Vec<_> = (0..SENDS)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move { client.send(&SignedOp(op(&format!("tok-{i}")))).await })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        let out = t.await.unwrap().unwrap();
        assert_eq!(out.status, 200);
        ok += 1;
    }
    assert_eq!(ok, SENDS);
    assert_eq!(server.request_count(), SENDS, "no retries were needed");
    assert_eq!(
        provider.0.load(Ordering::SeqCst),
        1,
        "a cold cache asks its provider once"
    );
    let accepted = server.connections.load(Ordering::SeqCst);
    let used = server.connections_used(0);
    eprintln!("{SENDS} concurrent sends used {used} connections ({accepted} accepted)");
    // HTTP/1.1 carries one request at a time per connection and reqwest's
    // pool has no per-host cap, so a send that finds no idle connection opens
    // one (and, racing it, takes an idle one if that frees up first): here
    // all 1,000 wait on the one credentials refresh and start together.
    // Measured on 2 cores: see RELIABILITY.md. The bound leaves room for a
    // loaded CI machine and still fails if connections were not reused.
    assert!(used <= SENDS * 4 / 5, "{used} connections used");

    // Once the burst is over its connections are idle in the pool: 100 more
    // sends, one after another, take turns on a few of them (1 to 7 over 12
    // runs: connects the burst raced and lost still land in the pool).
    for _ in 0..100 {
        client.send(&SignedOp(op("tok"))).await.unwrap();
    }
    let used = server.connections_used(SENDS);
    eprintln!("100 sequential sends used {used} connections");
    assert!(used <= 10, "{used} connections for 100 sequential sends");
    assert_eq!(
        provider.0.load(Ordering::SeqCst),
        1,
        "and so are credentials"
    );
}
