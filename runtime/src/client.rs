//! The [`Client`] and its configuration; the send pipeline that signs,
//! sends, retries and decodes is in `client/send.rs`.
//!
//! One client serves every service: the operation brings its service's
//! constants. A `Client` is a cheap `Clone` over an `Arc`; share one.
//!
//! # Defaults
//!
//! | setting | default | set with |
//! | --- | --- | --- |
//! | region | none: a signed operation, or one with no endpoint override, fails at send time without one (never a guessed `us-east-1`) | [`ClientBuilder::region`], `AWS_REGION`, `AWS_DEFAULT_REGION`, profile `region` |
//! | credentials | none with [`Client::builder`]; AWS's default chain with [`Client::from_env`] | [`ClientBuilder::credentials_provider`] |
//! | retries | standard, 3 attempts (`adaptive`: 3 and a client-side rate limiter; `legacy`: 5) | [`ClientBuilder::retry_config`], `AWS_RETRY_MODE`, `AWS_MAX_ATTEMPTS`, profile `retry_mode`, `max_attempts` |
//! | connect timeout | 3.1 s | [`ClientBuilder::connect_timeout`] |
//! | attempt timeout | none (see below) | [`ClientBuilder::attempt_timeout`] |
//! | operation timeout | none | [`ClientBuilder::operation_timeout`] |
//! | credentials load timeout | 5 s | [`ClientBuilder::credentials_load_timeout`] |
//! | response body cap | 64 MiB (see below) | [`ClientBuilder::max_response_bytes`] |
//! | endpoint | `https://{prefix}.{region}.{dnsSuffix}` | [`ClientBuilder::endpoint_url`], `AWS_ENDPOINT_URL[_<SERVICE>]`, profile |
//!
//! Neither default may break an operation AWS documents:
//!
//! - **No attempt timeout.** Long polls hold the request open on purpose:
//!   Step Functions `GetActivityTask` and SWF `PollForActivityTask` for 60 s
//!   (their docs ask for a client timeout of at least 65–70 s), and
//!   Step Functions `StartSyncExecution` runs an Express workflow for up to
//!   5 minutes. No single number fits them all, an attempt cut short is
//!   retried at 10 quota tokens, and the official SDK sets none either. A
//!   connection whose peer died is still found: the default transport sends
//!   TCP keepalives (reqwest's: after 15 s idle, every 15 s, 3 probes).
//!   Bound a call with [`ClientBuilder::operation_timeout`] or
//!   [`ClientBuilder::attempt_timeout`] where a hang costs more than a
//!   wait.
//! - **A 64 MiB response cap.** The largest documented awsJson responses
//!   are DynamoDB `BatchGetItem` (16 MB of items; binary attributes grow
//!   by a third in base64, about 21.4 MB of JSON) and Kinesis `GetRecords`
//!   (10 MiB of data in base64, about 13.4 MiB, plus record metadata). The
//!   cap is three times the larger, and still bounds what a hostile
//!   endpoint can make the client hold.
//!
//! # Clock skew
//!
//! When a response's `Date` is more than 4 minutes from the client's clock,
//! the client keeps the difference and signs later requests with the
//! corrected time; a request rejected for its signing time is retried once
//! corrected. Within 4 minutes, the correction goes back to 0.
//!
//! The correction comes only from a response that plausibly came from AWS:
//! a service error (one with an error code), or a 2xx with a request id. It
//! is bounded by [`MAX_CLOCK_SKEW`], ±24 hours: that covers clocks that
//! drifted, VMs resumed after a suspend, and a clock set to local time
//! instead of UTC (time zones span UTC−12 to UTC+14), while a `Date` of
//! year 0000 or 9999 from a broken proxy or a hostile endpoint cannot make
//! every later request be signed with it. A response with no `Date`, one
//! that does not parse, one beyond the bound, or one not from AWS (an HTML
//! page, a redirect, a body that does not decode) leaves the correction as
//! it was.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::Instrument as _;

use crate::credentials::{Credentials, CredentialsCache, ProvideCredentials, StaticProvider};
use crate::endpoint::{self, Endpoint, EndpointOverrides};
use crate::env::Env;
use crate::error::Error;
use crate::operation::{Operation, ServiceMeta};
use crate::retry::adaptive::RateLimiter;
use crate::retry::{RetryConfig, RetryMode, TokenBucket};
use crate::sigv4::SigningKeyCache;
use crate::time::{Clock, SystemClock};
use crate::transport::{AsyncSleep, Transport};

mod config;
mod send;

pub use config::ConfigError;
use config::ConfiguredEndpoints;

/// The `User-Agent` of every request.
pub const USER_AGENT: &str = concat!("awsop/", env!("CARGO_PKG_VERSION"));

/// The default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);
/// How long a send waits for the credentials provider by default: 5 s, as
/// the official AWS SDK for Rust's lazy credentials cache. Loading happens
/// before the first attempt, outside the attempt timeout.
pub const DEFAULT_CREDENTIALS_LOAD_TIMEOUT: Duration = Duration::from_secs(5);
/// The default per-attempt timeout: none, so that long polls and
/// long-running synchronous calls work (see the [module docs](self#defaults)).
pub const DEFAULT_ATTEMPT_TIMEOUT: Option<Duration> = None;
/// The default cap on a response body, 64 MiB: above any documented awsJson
/// response (see the [module docs](self#defaults)).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
/// How far the `Date` of a response may be from the local clock before the
/// client corrects for it.
pub const CLOCK_SKEW_THRESHOLD: Duration = Duration::from_secs(240);
/// The largest clock-skew correction the client adopts: a `Date` further
/// from the local clock is ignored. See the [module docs](self#clock-skew).
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(24 * 60 * 60);

/// A client for any awsop service. See the [module docs](self).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    region: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    endpoint_url: Option<String>,
    /// The endpoint settings of the environment and the profile, when the
    /// builder came from [`ClientBuilder::from_env`].
    configured: Option<ConfiguredEndpoints>,
    /// Resolved endpoints per service id, with their URL, so a send neither
    /// resolves nor formats one again.
    endpoints: Mutex<HashMap<&'static str, (Endpoint, Arc<str>)>>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    /// The same object as `credentials` when it is the client's cache: a
    /// fresh hit skips the load timeout's timer.
    credentials_cache: Option<Arc<CredentialsCache>>,
    credentials_load_timeout: Option<Duration>,
    retry: RetryConfig,
    bucket: TokenBucket,
    /// Adaptive mode's client-side rate limiter.
    rate_limiter: Option<RateLimiter>,
    connect_timeout: Duration,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    max_response_bytes: usize,
    transport: Arc<dyn Transport>,
    sleep: Arc<dyn AsyncSleep>,
    clock: Arc<dyn Clock>,
    jitter: Arc<dyn Fn() -> f64 + Send + Sync>,
    skew_secs: AtomicI64,
    keys: SigningKeyCache,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Client")
            .field("region", &i.region)
            .field("endpoint_url", &i.endpoint_url)
            .field("use_fips", &i.use_fips)
            .field("use_dual_stack", &i.use_dual_stack)
            .field("credentials", &i.credentials)
            .field("retry", &i.retry)
            .field("attempt_timeout", &i.attempt_timeout)
            .field("operation_timeout", &i.operation_timeout)
            .field("transport", &i.transport)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`].
///
/// ```
/// use awsop::{Client, Credentials};
/// use std::time::Duration;
/// let builder = Client::builder()
///     .region("eu-west-1")
///     .credentials(Credentials::new("AKID", "secret", None, None, "example"))
///     .attempt_timeout(Duration::from_secs(5));
/// # #[cfg(feature = "reqwest")]
/// let client = builder.build().unwrap();
/// ```
#[must_use]
pub struct ClientBuilder {
    region: Option<String>,
    use_fips: Option<bool>,
    use_dual_stack: Option<bool>,
    endpoint_url: Option<String>,
    /// The endpoint settings of the environment and the profile, when the
    /// builder came from [`ClientBuilder::from_env`].
    configured: Option<ConfiguredEndpoints>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    credentials_load_timeout: Option<Duration>,
    retry: RetryConfig,
    connect_timeout: Duration,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    max_response_bytes: usize,
    transport: Option<Arc<dyn Transport>>,
    sleep: Option<Arc<dyn AsyncSleep>>,
    clock: Arc<dyn Clock>,
    jitter: Option<Arc<dyn Fn() -> f64 + Send + Sync>>,
    cache_credentials: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            region: None,
            use_fips: None,
            use_dual_stack: None,
            endpoint_url: None,
            configured: None,
            credentials: None,
            credentials_load_timeout: Some(DEFAULT_CREDENTIALS_LOAD_TIMEOUT),
            retry: RetryConfig::default(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            operation_timeout: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            transport: None,
            sleep: None,
            clock: Arc::new(SystemClock),
            jitter: None,
            cache_credentials: true,
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not yet validated: it may hold a password (`https://u:pw@h`).
        struct Url<'a>(&'a str);
        impl fmt::Debug for Url<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&endpoint::shown_url(self.0))
            }
        }
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url.as_deref().map(Url))
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with nothing read from the environment.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured as the AWS CLI would be: region, credentials
    /// (AWS's default chain), endpoints, FIPS/dual-stack and retries from the
    /// environment and the shared config files.
    ///
    /// # Errors
    ///
    /// A setting that is present but invalid: a profile file that does not
    /// parse, an unknown retry mode, a bad region or endpoint URL. The error
    /// names where the value came from: the environment variable, or the
    /// profile, key and file.
    pub fn from_env() -> Result<Client, ConfigError> {
        ClientBuilder::from_env(Env::real())?.build()
    }

    /// Sends `op`: builds, signs (unless its auth is `none`), sends, retries
    /// and decodes.
    ///
    /// # Errors
    ///
    /// See [`Error`].
    pub async fn send<O: Operation>(&self, op: &O) -> Result<O::Output, Error<O::Error>> {
        let span = tracing::debug_span!(
            "awsop.operation",
            service = O::SERVICE.endpoint.service_id(),
            operation = O::NAME,
        );
        self.invoke(op).instrument(span).await
    }

    /// The region, if one is configured.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }

    /// The endpoint that operations of `service` go to.
    ///
    /// # Errors
    ///
    /// No region, an invalid region, or a bad endpoint override.
    pub fn endpoint(&self, service: &ServiceMeta) -> Result<Endpoint, endpoint::EndpointError> {
        self.resolved(service).map(|(e, _)| e)
    }

    /// The cached endpoint of `service` and its URL, resolved on first use.
    fn resolved(
        &self,
        service: &ServiceMeta,
    ) -> Result<(Endpoint, Arc<str>), endpoint::EndpointError> {
        let key = service.endpoint.service_id();
        let mut cache = self
            .inner
            .endpoints
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(found) = cache.get(key) {
            return Ok(found.clone());
        }
        let overrides = self.overrides(service)?;
        let resolved = endpoint::resolve(
            &service.endpoint,
            self.inner.region.as_deref(),
            self.inner.use_fips,
            self.inner.use_dual_stack,
            &overrides,
        )?;
        resolved.ensure_allowed_scheme()?;
        let url: Arc<str> = resolved.url().into();
        cache.insert(key, (resolved.clone(), url.clone()));
        Ok((resolved, url))
    }

    fn overrides(
        &self,
        service: &ServiceMeta,
    ) -> Result<EndpointOverrides, endpoint::EndpointError> {
        let code = self.inner.endpoint_url.as_deref();
        match &self.inner.configured {
            Some(configured) => configured.overrides(&service.endpoint, code),
            None => Ok(EndpointOverrides {
                code: code.map(str::to_owned),
                ..EndpointOverrides::default()
            }),
        }
    }

    /// The current clock-skew correction, in seconds (server minus local).
    pub fn clock_skew(&self) -> i64 {
        self.inner.skew_secs.load(Ordering::Relaxed)
    }

    /// Retry tokens left in this client's quota.
    pub fn retry_tokens(&self) -> u32 {
        self.inner.bucket.available()
    }
}

impl ClientBuilder {
    /// The region, e.g. `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Uses FIPS endpoints.
    pub fn use_fips(mut self, on: bool) -> Self {
        self.use_fips = Some(on);
        self
    }

    /// Uses dual-stack (IPv6) endpoints.
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.use_dual_stack = Some(on);
        self
    }

    /// Sends every operation to this URL instead of the resolved endpoint
    /// (`http://127.0.0.1:5000` for a local emulator). Beats every other
    /// endpoint setting.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Fixed credentials.
    pub fn credentials(self, credentials: Credentials) -> Self {
        self.credentials_provider(StaticProvider::new(credentials))
    }

    /// A credentials provider; its answers are cached until shortly before
    /// they expire (see [`CredentialsCache`]).
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// How long a send waits for credentials (default
    /// [`DEFAULT_CREDENTIALS_LOAD_TIMEOUT`], 5 s); `None` waits as long as the
    /// provider takes. When it runs out the send fails with a credentials
    /// error naming the provider, and the provider's work is dropped (a
    /// `credential_process` is killed). A `credential_process` that asks for
    /// an MFA code or a browser login needs more.
    pub fn credentials_load_timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.credentials_load_timeout = d.into();
        self
    }

    /// Removes any credentials provider: signed operations then fail with a
    /// credentials error, unsigned ones work as before.
    pub fn no_credentials(mut self) -> Self {
        self.credentials = None;
        self
    }

    /// Retry settings.
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// The connect timeout of the default transport.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// The limit on one attempt; `None` (the default) for no limit. Leave
    /// room for long polls: an attempt cut short is retried.
    pub fn attempt_timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.attempt_timeout = d.into();
        self
    }

    /// The limit on a whole operation, retries and backoff included.
    pub fn operation_timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.operation_timeout = d.into();
        self
    }

    /// The largest response body accepted.
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = n;
        self
    }

    /// The transport (the default is reqwest, with the `reqwest` feature).
    pub fn transport(mut self, transport: impl Transport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// The timer (the default is tokio's, with the `reqwest` feature).
    pub fn sleep_impl(mut self, sleep: impl AsyncSleep + 'static) -> Self {
        self.sleep = Some(Arc::new(sleep));
        self
    }

    /// The clock used for signing and credential expiry.
    pub fn clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The source of backoff jitter, a number in `[0, 1]`; tests pass `|| 0.0`.
    pub fn jitter(mut self, jitter: impl Fn() -> f64 + Send + Sync + 'static) -> Self {
        self.jitter = Some(Arc::new(jitter));
        self
    }

    /// Whether to cache credentials (on by default). Off, every signed
    /// attempt asks the provider.
    pub fn cache_credentials(mut self, on: bool) -> Self {
        self.cache_credentials = on;
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// An invalid region or endpoint URL; no transport or timer (without the
    /// `reqwest` feature, set both).
    pub fn build(self) -> Result<Client, ConfigError> {
        if let Some(region) = &self.region {
            endpoint::validate_region(region).map_err(|e| ConfigError::new(e.to_string()))?;
        }
        if let Some(url) = &self.endpoint_url {
            // Resolve once for a stand-in service: this checks the URL, and
            // its combination with FIPS and dual-stack, before anything is sent.
            let probe = endpoint::ServiceEndpointInfo::new("awsop", "awsop");
            let overrides = EndpointOverrides {
                code: Some(url.clone()),
                ..EndpointOverrides::default()
            };
            endpoint::resolve(
                &probe,
                self.region.as_deref(),
                self.use_fips.unwrap_or(false),
                self.use_dual_stack.unwrap_or(false),
                &overrides,
            )
            .map_err(|e| ConfigError::new(e.to_string()))?;
        }
        let transport = match self.transport {
            Some(t) => t,
            None => default_transport(self.connect_timeout)?,
        };
        let sleep = match self.sleep {
            Some(s) => s,
            None => default_sleep()?,
        };
        let cache = match &self.credentials {
            Some(p) if self.cache_credentials => Some(Arc::new(CredentialsCache::from_arc(
                p.clone(),
                self.clock.clone(),
            ))),
            _ => None,
        };
        let credentials = match &cache {
            Some(c) => Some(c.clone() as Arc<dyn ProvideCredentials>),
            None => self.credentials,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                region: self.region,
                use_fips: self.use_fips.unwrap_or(false),
                use_dual_stack: self.use_dual_stack.unwrap_or(false),
                endpoint_url: self.endpoint_url,
                configured: self.configured,
                endpoints: Mutex::new(HashMap::new()),
                credentials,
                credentials_cache: cache,
                credentials_load_timeout: self.credentials_load_timeout,
                rate_limiter: (self.retry.mode() == RetryMode::Adaptive)
                    .then(|| RateLimiter::new(self.clock.now().as_secs_f64())),
                retry: self.retry,
                bucket: TokenBucket::default(),
                connect_timeout: self.connect_timeout,
                attempt_timeout: self.attempt_timeout,
                operation_timeout: self.operation_timeout,
                max_response_bytes: self.max_response_bytes,
                transport,
                sleep,
                clock: self.clock,
                jitter: self
                    .jitter
                    .unwrap_or_else(|| Arc::new(crate::rand::unit_f64)),
                skew_secs: AtomicI64::new(0),
                keys: SigningKeyCache::default(),
            }),
        })
    }
}

#[cfg(feature = "reqwest")]
fn default_transport(connect_timeout: Duration) -> Result<Arc<dyn Transport>, ConfigError> {
    crate::transport::ReqwestTransport::new(connect_timeout)
        .map(|t| Arc::new(t) as Arc<dyn Transport>)
        .map_err(|e| ConfigError::with_source("could not set up the HTTPS transport", e))
}

#[cfg(not(feature = "reqwest"))]
fn default_transport(_: Duration) -> Result<Arc<dyn Transport>, ConfigError> {
    Err(ConfigError::new(
        "no transport: enable awsop's `reqwest` feature or call ClientBuilder::transport",
    ))
}

#[cfg(feature = "reqwest")]
fn default_sleep() -> Result<Arc<dyn AsyncSleep>, ConfigError> {
    Ok(Arc::new(crate::transport::TokioSleep))
}

#[cfg(not(feature = "reqwest"))]
fn default_sleep() -> Result<Arc<dyn AsyncSleep>, ConfigError> {
    Err(ConfigError::new(
        "no timer: enable awsop's `reqwest` feature or call ClientBuilder::sleep_impl",
    ))
}
