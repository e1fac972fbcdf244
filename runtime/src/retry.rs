//! Retries: AWS's "standard", "adaptive" and "legacy" modes, as pure
//! functions, a token bucket and a rate limiter.
//!
//! # Defaults
//!
//! - 3 attempts in all (`AWS_MAX_ATTEMPTS`, profile `max_attempts`, or
//!   [`RetryConfig::max_attempts`]);
//! - backoff before retry `i` (1-based): `rand(0,1) × min(2^(i-1) s, 20 s)`;
//! - a retry quota of 500 tokens per client: a retry costs 5, or 10 after a
//!   timeout; a success refunds the cost of the call's last retry only (as
//!   botocore's standard mode and the official Rust SDK do: a call that
//!   needed 503, 503, 200 keeps 5 of the 10 tokens spent), or adds 1 when it
//!   needed none; with too few tokens left, the error is returned as it is.
//!
//! # Modes
//!
//! - `standard` (the default): the above.
//! - `adaptive`: standard, plus a client-side rate limiter
//!   ([`adaptive::RateLimiter`], botocore's and the official SDK's): after
//!   the first throttling response, attempts are paced by a token bucket
//!   whose rate follows CUBIC congestion control. 3 attempts by default.
//! - `legacy`: 5 attempts by default, as botocore's legacy mode. What is
//!   retried, the backoff and the retry quota are standard mode's (botocore's
//!   legacy mode retries fewer codes, backs off without the 20 s cap and has
//!   no quota).
//!
//! # What is retried
//!
//! Throttling codes ([`THROTTLING_CODES`]), transient codes
//! ([`TRANSIENT_CODES`]), HTTP 500/502/503/504, errors the model marks
//! retryable, connection failures and attempt timeouts. Other 4xx never.
//! Clock-skew codes ([`CLOCK_SKEW_CODES`]) are retried once the client has
//! corrected its clock from the response's `Date`.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use crate::error::RetryKind;

pub mod adaptive;

/// Codes that mean "slow down".
pub const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Codes of transient faults.
pub const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalError",
    "InternalFailure",
    "ServiceUnavailable",
];

/// Codes that mean the request's signing time was too far off.
pub const CLOCK_SKEW_CODES: &[&str] = &[
    "RequestTimeTooSkewed",
    "RequestExpired",
    "RequestInTheFuture",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "AuthFailure",
];

/// HTTP statuses that are transient.
pub const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// The retry strategy. See the [module docs](self#modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RetryMode {
    /// AWS's standard mode.
    #[default]
    Standard,
    /// Standard mode plus a client-side rate limiter that slows down after
    /// throttling.
    Adaptive,
    /// Standard mode with botocore legacy mode's default of 5 attempts.
    Legacy,
}

impl RetryMode {
    /// Parses `AWS_RETRY_MODE` / the profile's `retry_mode`: `standard`,
    /// `adaptive` or `legacy`, in any case.
    ///
    /// # Errors
    ///
    /// Any other value.
    pub fn parse(value: &str) -> Result<Self, InvalidRetryConfig> {
        match value.trim().to_ascii_lowercase().as_str() {
            "standard" => Ok(RetryMode::Standard),
            "adaptive" => Ok(RetryMode::Adaptive),
            "legacy" => Ok(RetryMode::Legacy),
            _ => Err(InvalidRetryConfig(format!(
                "unknown retry mode {value:?}: expected `standard`, `adaptive` or `legacy`"
            ))),
        }
    }

    /// The default number of attempts in this mode: 5 for legacy, else 3.
    pub fn default_max_attempts(self) -> u32 {
        match self {
            RetryMode::Legacy => 5,
            RetryMode::Standard | RetryMode::Adaptive => 3,
        }
    }
}

/// A retry setting that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRetryConfig(pub String);

impl fmt::Display for InvalidRetryConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InvalidRetryConfig {}

/// Retry settings. See the [module docs](self) for the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryConfig {
    mode: RetryMode,
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            mode: RetryMode::Standard,
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// Standard mode with its defaults.
    pub fn standard() -> Self {
        Self::default()
    }

    /// `mode` with its defaults (5 attempts for legacy, else 3).
    pub fn for_mode(mode: RetryMode) -> Self {
        RetryConfig {
            mode,
            max_attempts: mode.default_max_attempts(),
            ..Self::default()
        }
    }

    /// Adaptive mode with its defaults.
    pub fn adaptive() -> Self {
        Self::for_mode(RetryMode::Adaptive)
    }

    /// No retries: one attempt.
    pub fn disabled() -> Self {
        Self::default().with_max_attempts(1)
    }

    /// Total attempts, the first included (at least 1).
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// The backoff base (`1 s` by default).
    pub fn with_initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// The backoff cap (`20 s` by default).
    pub fn with_max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The mode.
    pub fn mode(&self) -> RetryMode {
        self.mode
    }

    /// Total attempts.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Parses `AWS_MAX_ATTEMPTS` / the profile's `max_attempts`.
    ///
    /// # Errors
    ///
    /// A value that is not a positive integer.
    pub fn parse_max_attempts(value: &str) -> Result<u32, InvalidRetryConfig> {
        match value.trim().parse::<u32>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(InvalidRetryConfig(format!(
                "invalid max attempts {value:?}: expected a whole number of at least 1"
            ))),
        }
    }

    /// The delay before retry number `retry` (1 for the first retry), with
    /// `jitter` in `[0, 1]`: `jitter × min(initial × 2^(retry-1), max)`.
    ///
    /// Never panics: the arithmetic saturates (a huge `initial_backoff` or
    /// `retry` gives `max_backoff`, and `max_backoff` may be
    /// [`Duration::MAX`]); `jitter` is clamped to `[0, 1]`, and a NaN jitter
    /// counts as 0.
    ///
    /// ```
    /// use awsop::retry::RetryConfig;
    /// use std::time::Duration;
    /// let c = RetryConfig::standard();
    /// assert_eq!(c.backoff(1, 1.0), Duration::from_secs(1));
    /// assert_eq!(c.backoff(3, 0.5), Duration::from_secs(2));
    /// assert_eq!(c.backoff(10, 1.0), Duration::from_secs(20));
    /// assert_eq!(c.backoff(2, 0.0), Duration::ZERO);
    /// assert_eq!(c.backoff(2, f64::NAN), Duration::ZERO);
    /// ```
    pub fn backoff(&self, retry: u32, jitter: f64) -> Duration {
        let jitter = if jitter.is_nan() {
            0.0
        } else {
            jitter.clamp(0.0, 1.0)
        };
        let exp = retry.saturating_sub(1).min(31);
        let base = self
            .initial_backoff
            .checked_mul(1u32 << exp)
            .unwrap_or(Duration::MAX)
            .min(self.max_backoff);
        // `jitter <= 1`, so the product is at most `base`; only the float
        // rounding of a huge `base` can fail, and then `base` is the answer.
        Duration::try_from_secs_f64(base.as_secs_f64() * jitter)
            .unwrap_or(base)
            .min(base)
    }
}

/// What went wrong with an attempt, as the retry policy sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The service answered with an error.
    Service {
        /// HTTP status.
        status: u16,
        /// The error code, if any.
        code: Option<String>,
        /// What the model says of the error.
        modeled: Option<RetryKind>,
        /// Whether this response's `Date` just changed the client's
        /// clock-skew correction: a clock-skew error is then worth a retry.
        clock_corrected: bool,
    },
    /// The connection failed, or the body was cut short.
    Io,
    /// The attempt timed out.
    Timeout,
}

/// Why an attempt may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryReason {
    /// Throttling.
    Throttling,
    /// A transient error.
    Transient,
    /// A timeout (costs more tokens).
    Timeout,
    /// A clock-skew error after the clock was corrected.
    ClockSkew,
}

/// Classifies an attempt's failure; `None` means "do not retry".
pub fn classify(outcome: &Outcome) -> Option<RetryReason> {
    match *outcome {
        Outcome::Io => Some(RetryReason::Transient),
        Outcome::Timeout => Some(RetryReason::Timeout),
        Outcome::Service {
            status,
            ref code,
            modeled,
            clock_corrected,
        } => {
            if let Some(code) = code.as_deref() {
                if THROTTLING_CODES.contains(&code) {
                    return Some(RetryReason::Throttling);
                }
                if TRANSIENT_CODES.contains(&code) {
                    return Some(RetryReason::Transient);
                }
                if clock_corrected && CLOCK_SKEW_CODES.contains(&code) {
                    return Some(RetryReason::ClockSkew);
                }
            }
            match modeled {
                Some(RetryKind::Throttling) => return Some(RetryReason::Throttling),
                Some(RetryKind::Transient) => return Some(RetryReason::Transient),
                None => {}
            }
            if status == 429 {
                return Some(RetryReason::Throttling);
            }
            TRANSIENT_STATUSES
                .contains(&status)
                .then_some(RetryReason::Transient)
        }
    }
}

/// The retry quota's capacity.
pub const RETRY_QUOTA: u32 = 500;
/// Tokens a retry costs.
pub const RETRY_COST: u32 = 5;
/// Tokens a retry after a timeout costs.
pub const TIMEOUT_RETRY_COST: u32 = 10;
/// Tokens a first-attempt success adds back.
pub const NO_RETRY_INCREMENT: u32 = 1;

/// The per-client retry quota.
#[derive(Debug)]
pub struct TokenBucket {
    tokens: Mutex<u32>,
    capacity: u32,
}

impl Default for TokenBucket {
    fn default() -> Self {
        Self::new(RETRY_QUOTA)
    }
}

impl TokenBucket {
    /// A full bucket of `capacity` tokens.
    pub fn new(capacity: u32) -> Self {
        TokenBucket {
            tokens: Mutex::new(capacity),
            capacity,
        }
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the cost of a retry for `reason`; `None` when the quota is spent.
    pub fn acquire(&self, reason: RetryReason) -> Option<u32> {
        let cost = match reason {
            RetryReason::Timeout => TIMEOUT_RETRY_COST,
            _ => RETRY_COST,
        };
        let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        if *tokens < cost {
            return None;
        }
        *tokens -= cost;
        Some(cost)
    }

    /// Records a success: refunds `last_cost`, what the call's last
    /// [`acquire`](Self::acquire) took (earlier retries stay spent), or adds
    /// [`NO_RETRY_INCREMENT`] when the call needed no retry (`None`). Never
    /// above the capacity.
    pub fn success(&self, last_cost: Option<u32>) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        let add = last_cost.unwrap_or(NO_RETRY_INCREMENT);
        *tokens = (*tokens + add).min(self.capacity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(status: u16, code: Option<&str>) -> Outcome {
        service_corrected(status, code, false)
    }

    fn service_corrected(status: u16, code: Option<&str>, clock_corrected: bool) -> Outcome {
        Outcome::Service {
            status,
            code: code.map(str::to_owned),
            modeled: None,
            clock_corrected,
        }
    }

    #[test]
    fn classification() {
        use RetryReason::*;
        assert_eq!(
            classify(&service(400, Some("ThrottlingException"))),
            Some(Throttling)
        );
        assert_eq!(
            classify(&service(400, Some("TooManyRequestsException"))),
            Some(Throttling)
        );
        assert_eq!(
            classify(&service(400, Some("LimitExceededException"))),
            Some(Throttling)
        );
        assert_eq!(
            classify(&service(500, Some("InternalErrorException"))),
            Some(Transient)
        );
        assert_eq!(classify(&service(502, None)), Some(Transient));
        assert_eq!(classify(&service(504, None)), Some(Transient));
        assert_eq!(classify(&service(429, None)), Some(Throttling));
        assert_eq!(
            classify(&service(400, Some("NotAuthorizedException"))),
            None
        );
        assert_eq!(classify(&service(404, None)), None);
        assert_eq!(classify(&service(501, None)), None);
        assert_eq!(
            classify(&service(400, Some("InvalidSignatureException"))),
            None
        );
        assert_eq!(
            classify(&service_corrected(
                400,
                Some("InvalidSignatureException"),
                true
            )),
            Some(ClockSkew)
        );
        let modeled = Outcome::Service {
            status: 400,
            code: Some("CodeDeliveryFailureException".to_owned()),
            modeled: Some(RetryKind::Transient),
            clock_corrected: false,
        };
        assert_eq!(classify(&modeled), Some(Transient));
        assert_eq!(classify(&Outcome::Io), Some(Transient));
        assert_eq!(classify(&Outcome::Timeout), Some(Timeout));
    }

    #[test]
    fn quota_spends_and_refunds() {
        let b = TokenBucket::new(12);
        assert_eq!(b.acquire(RetryReason::Transient), Some(5));
        assert_eq!(b.acquire(RetryReason::Transient), Some(5));
        assert_eq!(b.acquire(RetryReason::Transient), None);
        assert_eq!(b.available(), 2);
        b.success(Some(5));
        assert_eq!(b.available(), 7, "only the last acquisition comes back");
        b.success(None);
        assert_eq!(b.available(), 8);
        b.success(Some(10));
        assert_eq!(b.available(), 12, "never above capacity");
        assert_eq!(b.acquire(RetryReason::Timeout), Some(10));
        assert_eq!(b.available(), 2);
    }

    #[test]
    fn parses_settings() {
        assert_eq!(RetryMode::parse("Standard"), Ok(RetryMode::Standard));
        assert_eq!(RetryMode::parse(" ADAPTIVE "), Ok(RetryMode::Adaptive));
        assert_eq!(RetryMode::parse("legacy"), Ok(RetryMode::Legacy));
        assert_eq!(RetryConfig::for_mode(RetryMode::Legacy).max_attempts(), 5);
        assert_eq!(RetryConfig::adaptive().max_attempts(), 3);
        assert_eq!(RetryConfig::adaptive().mode(), RetryMode::Adaptive);
        assert_eq!(
            RetryMode::parse("fast").unwrap_err().to_string(),
            "unknown retry mode \"fast\": expected `standard`, `adaptive` or `legacy`"
        );
        assert_eq!(RetryConfig::parse_max_attempts("5"), Ok(5));
        assert!(RetryConfig::parse_max_attempts("0").is_err());
        assert!(RetryConfig::parse_max_attempts("three").is_err());
    }

    #[test]
    fn backoff_is_capped_and_jittered() {
        let c = RetryConfig::standard();
        assert_eq!(c.backoff(1, 0.5), Duration::from_millis(500));
        assert_eq!(c.backoff(2, 1.0), Duration::from_secs(2));
        assert_eq!(c.backoff(5, 1.0), Duration::from_secs(16));
        assert_eq!(c.backoff(6, 1.0), Duration::from_secs(20));
        assert_eq!(c.backoff(40, 1.0), Duration::from_secs(20));
        assert_eq!(
            c.backoff(1, 7.0),
            Duration::from_secs(1),
            "jitter is clamped"
        );
    }

    #[test]
    fn backoff_saturates_instead_of_panicking() {
        let huge = RetryConfig::standard().with_max_backoff(Duration::MAX);
        assert_eq!(huge.backoff(1, 1.0), Duration::from_secs(1));
        assert_eq!(huge.backoff(40, 1.0), Duration::from_secs(1 << 31));
        assert_eq!(huge.backoff(3, f64::NAN), Duration::ZERO);
        assert_eq!(huge.backoff(3, f64::NEG_INFINITY), Duration::ZERO);
        assert_eq!(huge.backoff(3, -1.0), Duration::ZERO);
        assert_eq!(huge.backoff(3, f64::INFINITY), Duration::from_secs(4));
        let max = huge.with_initial_backoff(Duration::MAX);
        assert_eq!(max.backoff(1, 1.0), Duration::MAX);
        assert_eq!(max.backoff(u32::MAX, 1.0), Duration::MAX);
        assert_eq!(
            max.backoff(u32::MAX, 0.5),
            Duration::from_secs(u64::MAX / 2 + 1)
        );
        let capped = RetryConfig::standard().with_initial_backoff(Duration::MAX);
        assert_eq!(capped.backoff(u32::MAX, 1.0), Duration::from_secs(20));
    }

    proptest::proptest! {
        #[test]
        fn backoff_never_panics_and_never_exceeds_its_cap(
            retry in proptest::num::u32::ANY,
            jitter in proptest::num::f64::ANY,
            initial in (proptest::num::u64::ANY, 0u32..1_000_000_000),
            max in (proptest::num::u64::ANY, 0u32..1_000_000_000),
        ) {
            let max = Duration::new(max.0, max.1);
            let c = RetryConfig::standard()
                .with_initial_backoff(Duration::new(initial.0, initial.1))
                .with_max_backoff(max);
            let d = c.backoff(retry, jitter);
            proptest::prop_assert!(d <= max);
            if jitter.is_nan() || jitter <= 0.0 {
                proptest::prop_assert_eq!(d, Duration::ZERO);
            }
        }
    }
}
