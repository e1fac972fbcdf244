//! [`CredentialsCache`]: one refresh shared by concurrent callers.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use super::{BoxFuture, Credentials, CredentialsError, ProvideCredentials};
use crate::time::{Clock, SystemClock};

/// How long before expiry [`CredentialsCache`] refreshes credentials: 5 minutes.
pub const DEFAULT_EXPIRY_BUFFER: Duration = Duration::from_secs(300);

/// Caches another provider's credentials until `expiry - buffer` (default
/// [`DEFAULT_EXPIRY_BUFFER`]); credentials without an expiry are kept.
///
/// Concurrent callers share one refresh: while one caller asks the provider,
/// the others wait for its answer (the failure too, if it fails) instead of
/// asking again. If the caller that is refreshing is dropped mid-way, a
/// waiting caller takes over. A failure is not cached: the next call asks the
/// provider again. Clones share the cache.
///
/// ```
/// use std::sync::Arc;
/// use awsop::credentials::{Credentials, CredentialsCache, StaticProvider};
/// use awsop::time::SystemClock;
/// let creds = Credentials::new("AKIDEXAMPLE", "secret", None, None, "static");
/// let cache = CredentialsCache::new(StaticProvider::new(creds), Arc::new(SystemClock));
/// ```
#[derive(Clone)]
pub struct CredentialsCache {
    provider: Arc<dyn ProvideCredentials>,
    clock: Arc<dyn Clock>,
    buffer: Duration,
    pub(super) state: Arc<Mutex<CacheState>>,
}

impl fmt::Debug for CredentialsCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsCache")
            .field("provider", &self.provider)
            .field("buffer", &self.buffer)
            .finish_non_exhaustive()
    }
}

#[derive(Default)]
pub(super) struct CacheState {
    cached: Option<Credentials>,
    /// The id of the refresh under way, if one is.
    flight: Option<u64>,
    next_flight: u64,
    /// The outcome of the last refresh that finished, with its id.
    outcome: Option<(u64, Result<Credentials, CredentialsError>)>,
    /// Callers waiting for the refresh under way.
    pub(super) waiters: BTreeMap<u64, Waker>,
    next_waiter: u64,
}

impl CacheState {
    fn wake_all(&mut self) {
        for (_, waker) in std::mem::take(&mut self.waiters) {
            waker.wake();
        }
    }
}

pub(super) fn lock(state: &Mutex<CacheState>) -> MutexGuard<'_, CacheState> {
    // A panic while holding the lock leaves the state consistent (every
    // update is a single assignment), so a poisoned lock is still usable.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

pub(super) enum Step {
    Lead(u64),
    Wait(u64),
}

impl CredentialsCache {
    /// A cache in front of `provider`, reading the time from `clock`.
    pub fn new(provider: impl ProvideCredentials + 'static, clock: Arc<dyn Clock>) -> Self {
        Self::from_arc(Arc::new(provider), clock)
    }

    /// A cache in front of a shared provider.
    pub fn from_arc(provider: Arc<dyn ProvideCredentials>, clock: Arc<dyn Clock>) -> Self {
        CredentialsCache {
            provider,
            clock,
            buffer: DEFAULT_EXPIRY_BUFFER,
            state: Arc::new(Mutex::new(CacheState::default())),
        }
    }

    /// A cache in front of `provider`, on the system clock.
    pub fn with_system_clock(provider: impl ProvideCredentials + 'static) -> Self {
        Self::new(provider, Arc::new(SystemClock))
    }

    /// Refresh `buffer` before expiry instead of [`DEFAULT_EXPIRY_BUFFER`].
    pub fn with_buffer(mut self, buffer: Duration) -> Self {
        self.buffer = buffer;
        self
    }

    /// Forgets the cached credentials (after the service rejected them, say);
    /// the next call asks the provider.
    pub fn invalidate(&self) {
        lock(&self.state).cached = None;
    }

    /// The cached credentials, when they are fresh: no provider call, no
    /// timer, no waiting. The send path asks this before it starts the
    /// credentials load timeout.
    pub fn fresh(&self) -> Option<Credentials> {
        let state = lock(&self.state);
        state.cached.as_ref().filter(|c| self.is_fresh(c)).cloned()
    }

    fn is_fresh(&self, credentials: &Credentials) -> bool {
        match credentials.expiry() {
            None => true,
            Some(expiry) => expiry.seconds_since(&self.clock.now()) > self.buffer.as_secs_f64(),
        }
    }

    async fn get(&self) -> Result<Credentials, CredentialsError> {
        loop {
            let step = {
                let mut state = lock(&self.state);
                if let Some(credentials) = &state.cached
                    && self.is_fresh(credentials)
                {
                    return Ok(credentials.clone());
                }
                match state.flight {
                    Some(id) => Step::Wait(id),
                    None => {
                        let id = state.next_flight;
                        state.next_flight += 1;
                        state.flight = Some(id);
                        Step::Lead(id)
                    }
                }
            };
            match step {
                Step::Lead(id) => {
                    let mut flight = Flight {
                        state: &self.state,
                        id,
                        finished: false,
                    };
                    let result = self.provider.provide_credentials().await;
                    flight.finish(&result);
                    return result;
                }
                Step::Wait(id) => {
                    let waiter = Waiter {
                        state: &self.state,
                        flight: id,
                        key: None,
                    };
                    if let Some(result) = waiter.await {
                        return result;
                    }
                    // The refreshing caller was dropped: try again, perhaps as
                    // the new leader.
                }
            }
        }
    }
}

impl ProvideCredentials for CredentialsCache {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.get())
    }

    /// The cached provider's name.
    fn name(&self) -> Cow<'_, str> {
        self.provider.name()
    }
}

/// The refresh one caller leads; dropping it unfinished hands over to a waiter.
pub(super) struct Flight<'a> {
    state: &'a Mutex<CacheState>,
    id: u64,
    finished: bool,
}

impl Flight<'_> {
    fn finish(&mut self, result: &Result<Credentials, CredentialsError>) {
        let mut state = lock(self.state);
        if let Ok(credentials) = result {
            state.cached = Some(credentials.clone());
        }
        state.outcome = Some((self.id, result.clone()));
        state.flight = None;
        state.wake_all();
        self.finished = true;
    }
}

impl Drop for Flight<'_> {
    fn drop(&mut self) {
        if !self.finished {
            let mut state = lock(self.state);
            if state.flight == Some(self.id) {
                state.flight = None;
            }
            state.wake_all();
        }
    }
}

/// Waits for refresh `flight` to end: `Some(outcome)` when it finished,
/// `None` when its leader was dropped.
pub(super) struct Waiter<'a> {
    state: &'a Mutex<CacheState>,
    flight: u64,
    key: Option<u64>,
}

impl Future for Waiter<'_> {
    type Output = Option<Result<Credentials, CredentialsError>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let mut state = lock(this.state);
        if state.flight == Some(this.flight) {
            let key = match this.key {
                Some(key) => key,
                None => {
                    let key = state.next_waiter;
                    state.next_waiter += 1;
                    this.key = Some(key);
                    key
                }
            };
            state.waiters.insert(key, cx.waker().clone());
            return Poll::Pending;
        }
        if let Some(key) = this.key.take() {
            state.waiters.remove(&key);
        }
        Poll::Ready(match &state.outcome {
            Some((id, result)) if *id == this.flight => Some(result.clone()),
            _ => None,
        })
    }
}

impl Drop for Waiter<'_> {
    fn drop(&mut self) {
        if let Some(key) = self.key {
            lock(self.state).waiters.remove(&key);
        }
    }
}
