use std::sync::Mutex;

use super::*;
use crate::credentials::cache::lock;

/// Counts calls; each call waits `delay` (on a thread, so any executor
/// works), then answers with credentials expiring at `expiry`, or fails
/// while `fail` is set.
#[derive(Debug)]
struct Counting {
    calls: AtomicUsize,
    delay: Duration,
    expiry: Mutex<Option<DateTime>>,
    fail: std::sync::atomic::AtomicBool,
}

impl Counting {
    fn new(delay: Duration, expiry: Option<DateTime>) -> Arc<Self> {
        Arc::new(Counting {
            calls: AtomicUsize::new(0),
            delay,
            expiry: Mutex::new(expiry),
            fail: std::sync::atomic::AtomicBool::new(false),
        })
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        let delay = self.delay;
        let expiry = *self.expiry.lock().unwrap();
        let fail = self.fail.load(Ordering::SeqCst);
        Box::pin(async move {
            if !delay.is_zero() {
                run_on_thread(move || std::thread::sleep(delay))
                    .unwrap()
                    .await
                    .unwrap();
            }
            if fail {
                Err(CredentialsError::provider_failed(format!(
                    "counting: call {n} failed"
                )))
            } else {
                Ok(Credentials::new(
                    format!("AKID{n}"),
                    "s",
                    None,
                    expiry,
                    "counting",
                ))
            }
        })
    }
}

fn cache_of(provider: &Arc<Counting>, clock: &FixedClock) -> CredentialsCache {
    CredentialsCache::from_arc(provider.clone(), Arc::new(clock.clone()))
}

#[tokio::test(flavor = "current_thread")]
async fn one_refresh_for_a_hundred_concurrent_callers() {
    let provider = Counting::new(Duration::from_millis(50), None);
    let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let cache = cache.clone();
        tasks.spawn(async move { cache.provide_credentials().await });
    }
    let mut ids = Vec::new();
    while let Some(result) = tasks.join_next().await {
        ids.push(result.unwrap().unwrap().access_key_id().to_owned());
    }
    assert_eq!(ids.len(), 100);
    assert!(ids.iter().all(|id| id == "AKID1"), "{ids:?}");
    assert_eq!(provider.calls(), 1);
}

#[test]
fn one_refresh_for_callers_on_many_threads() {
    let provider = Counting::new(Duration::from_millis(50), None);
    let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
    let threads: Vec<_> = (0..16)
        .map(|_| {
            let cache = cache.clone();
            std::thread::spawn(move || block_on(cache.provide_credentials()).unwrap())
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap().access_key_id(), "AKID1");
    }
    assert_eq!(provider.calls(), 1);
}

#[test]
fn refreshes_before_expiry_and_keeps_credentials_without_one() {
    let clock = FixedClock::new(DateTime::from_secs(1_000_000));
    let provider = Counting::new(Duration::ZERO, Some(DateTime::from_secs(1_000_000 + 3600)));
    let cache = cache_of(&provider, &clock);
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID1"
    );
    // 54 minutes in: 6 minutes left, more than the 5-minute buffer.
    clock.advance(Duration::from_secs(54 * 60));
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID1"
    );
    // 56 minutes in: 4 minutes left, inside the buffer: refresh.
    clock.advance(Duration::from_secs(2 * 60));
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID2"
    );
    assert_eq!(provider.calls(), 2);

    let forever = Counting::new(Duration::ZERO, None);
    let cache = cache_of(&forever, &clock);
    block_on(cache.provide_credentials()).unwrap();
    clock.advance(Duration::from_secs(10 * 365 * 86_400));
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID1"
    );
    cache.invalidate();
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID2"
    );

    let short = Counting::new(Duration::ZERO, Some(DateTime::from_secs(1_000_000 + 3600)));
    let clock = FixedClock::new(DateTime::from_secs(1_000_000));
    let cache = cache_of(&short, &clock).with_buffer(Duration::from_secs(60));
    block_on(cache.provide_credentials()).unwrap();
    clock.advance(Duration::from_secs(58 * 60));
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID1"
    );
}

#[test]
fn a_failure_is_not_cached() {
    let provider = Counting::new(Duration::ZERO, None);
    provider.fail.store(true, Ordering::SeqCst);
    let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
    let err = block_on(cache.provide_credentials()).unwrap_err();
    assert_eq!(err.to_string(), "counting: call 1 failed");
    provider.fail.store(false, Ordering::SeqCst);
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID2"
    );
    assert_eq!(provider.calls(), 2);
}

#[tokio::test(flavor = "current_thread")]
async fn waiters_share_a_failed_refresh() {
    let provider = Counting::new(Duration::from_millis(30), None);
    provider.fail.store(true, Ordering::SeqCst);
    let cache = cache_of(&provider, &FixedClock::new(DateTime::from_secs(0)));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let cache = cache.clone();
        tasks.spawn(async move { cache.provide_credentials().await });
    }
    while let Some(result) = tasks.join_next().await {
        assert_eq!(
            result.unwrap().unwrap_err().to_string(),
            "counting: call 1 failed"
        );
    }
    assert_eq!(provider.calls(), 1);
}

/// A provider whose first call never answers; later calls answer at once.
#[derive(Debug, Default)]
struct StuckFirst {
    calls: AtomicUsize,
}

impl ProvideCredentials for StuckFirst {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        Box::pin(async move {
            if n == 1 {
                std::future::pending::<()>().await;
            }
            Ok(Credentials::new(
                format!("AKID{n}"),
                "s",
                None,
                None,
                "stuck",
            ))
        })
    }
}

#[test]
fn a_waiter_takes_over_when_the_refreshing_caller_is_dropped() {
    let provider = Arc::new(StuckFirst::default());
    let cache = CredentialsCache::from_arc(
        provider.clone(),
        Arc::new(FixedClock::new(DateTime::from_secs(0))),
    );
    let mut leader = cache.provide_credentials();
    let mut waiter = cache.provide_credentials();
    assert!(poll_once(&mut leader).is_pending());
    assert!(poll_once(&mut waiter).is_pending());
    assert_eq!(provider.calls.load(Ordering::SeqCst), 1);
    assert_eq!(lock(&cache.state).waiters.len(), 1);
    drop(leader);
    match poll_once(&mut waiter) {
        Poll::Ready(Ok(c)) => assert_eq!(c.access_key_id(), "AKID2"),
        other => panic!("the waiter did not take over: {other:?}"),
    }
    assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
    // Now cached.
    assert_eq!(
        block_on(cache.provide_credentials())
            .unwrap()
            .access_key_id(),
        "AKID2"
    );
    assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
    assert!(lock(&cache.state).waiters.is_empty());
}

#[test]
fn a_dropped_waiter_leaves_no_waker_behind() {
    let provider = Arc::new(StuckFirst::default());
    let cache =
        CredentialsCache::from_arc(provider, Arc::new(FixedClock::new(DateTime::from_secs(0))));
    let mut leader = cache.provide_credentials();
    assert!(poll_once(&mut leader).is_pending());
    let mut waiter = cache.provide_credentials();
    assert!(poll_once(&mut waiter).is_pending());
    assert!(poll_once(&mut waiter).is_pending());
    assert_eq!(lock(&cache.state).waiters.len(), 1);
    drop(waiter);
    assert!(lock(&cache.state).waiters.is_empty());
}

#[test]
fn thread_result_reports_a_panic_as_none() {
    let result = block_on(run_on_thread(|| -> u8 { panic!("boom") }).unwrap());
    assert_eq!(result, None);
    assert_eq!(block_on(run_on_thread(|| 7).unwrap()), Some(7));
}

#[test]
fn providers_are_object_safe_and_send() {
    fn assert_send<T: Send>(_: &T) {}
    let chain: Box<dyn ProvideCredentials> =
        Box::new(DefaultChain::new(Env::from_pairs::<&str, &str>([])));
    let future = chain.provide_credentials();
    assert_send(&future);
    drop(future);
    let cache = CredentialsCache::with_system_clock(chain);
    assert!(format!("{cache:?}").starts_with("CredentialsCache { provider: DefaultChain"));
}
