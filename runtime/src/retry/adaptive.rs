//! The client-side rate limiter of the `adaptive` retry mode, as in
//! botocore (`retries/adaptive.py`, `bucket.py`, `throttling.py`) and the
//! official Rust SDK (`client_rate_limiter`).
//!
//! A token bucket paces the client's attempts. It stays off until the first
//! throttling response; from then on every attempt takes one token, and
//! waits for it when the bucket is empty. The bucket's fill rate follows
//! CUBIC congestion control: a throttling response cuts the rate to 70 % of
//! what the client was sending, and each other response lets it grow back
//! along a cubic curve, never above twice the measured sending rate.
//!
//! Pure and clock-injected: every call takes the time (seconds, as `f64`),
//! so tests drive it with fixed timestamps. A clock that goes backwards is
//! taken as no time passing.

use std::sync::Mutex;
use std::time::Duration;

/// The lowest fill rate, in tokens per second.
const MIN_FILL_RATE: f64 = 0.5;
/// The lowest bucket capacity, in tokens.
const MIN_CAPACITY: f64 = 1.0;
/// Weight of the newest sample in the smoothed sending rate.
const SMOOTH: f64 = 0.8;
/// The factor a throttling response scales the rate by.
const BETA: f64 = 0.7;
/// How fast the rate grows back after a throttling response.
const SCALE_CONSTANT: f64 = 0.4;
/// Rates are measured over half-second buckets.
const BUCKETS_PER_SECOND: f64 = 2.0;
/// The cap on the fill rate, as a multiple of the measured sending rate.
const MAX_RATE_ADJUST_SCALE: f64 = 2.0;
/// Tokens one attempt takes.
const ATTEMPT_COST: f64 = 1.0;

/// The adaptive mode's rate limiter; one per client. See the
/// [module docs](self).
#[derive(Debug)]
pub struct RateLimiter {
    state: Mutex<State>,
}

#[derive(Debug, Clone, PartialEq)]
struct State {
    /// Tokens added per second.
    fill_rate: f64,
    max_capacity: f64,
    /// May go below zero: an attempt takes its token at once and waits for
    /// the bucket to refill.
    capacity: f64,
    last_refill: Option<f64>,
    /// Off until the first throttling response.
    enabled: bool,
    /// The smoothed rate at which the client sends, per second.
    measured_rate: f64,
    /// The start of the current half-second bucket.
    last_bucket: f64,
    /// Responses counted in the current bucket.
    count: u64,
    /// The rate when the client was last throttled (CUBIC's `W_max`).
    last_max_rate: f64,
    last_throttle: f64,
}

impl RateLimiter {
    /// A limiter that starts, disabled, at `now` (seconds since the epoch).
    pub fn new(now: f64) -> Self {
        let now = finite(now);
        RateLimiter {
            state: Mutex::new(State {
                fill_rate: MIN_FILL_RATE,
                max_capacity: MIN_CAPACITY,
                capacity: 0.0,
                last_refill: None,
                enabled: false,
                measured_rate: 0.0,
                last_bucket: now.floor(),
                count: 0,
                last_max_rate: 0.0,
                last_throttle: now,
            }),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the token for an attempt about to be sent at `now`; returns how
    /// long to wait before sending it (zero while the limiter is off or the
    /// bucket holds a token).
    pub fn acquire(&self, now: f64) -> Duration {
        let mut s = self.state();
        if !s.enabled {
            return Duration::ZERO;
        }
        s.refill(finite(now));
        let wait = if s.capacity >= ATTEMPT_COST {
            0.0
        } else {
            (ATTEMPT_COST - s.capacity) / s.fill_rate
        };
        s.capacity -= ATTEMPT_COST;
        Duration::try_from_secs_f64(wait).unwrap_or(Duration::ZERO)
    }

    /// Records the response (or failure) of an attempt at `now`; `throttled`
    /// when the service asked the client to slow down.
    pub fn update(&self, now: f64, throttled: bool) {
        let now = finite(now);
        let mut s = self.state();
        s.measure(now);
        let rate = if throttled {
            let rate_to_use = if s.enabled {
                s.measured_rate.min(s.fill_rate)
            } else {
                s.measured_rate
            };
            s.last_max_rate = rate_to_use;
            s.last_throttle = now;
            s.enabled = true;
            rate_to_use * BETA
        } else {
            s.cubic_success(now)
        };
        let rate = rate.min(MAX_RATE_ADJUST_SCALE * s.measured_rate);
        s.set_fill_rate(now, rate);
    }

    /// Whether the limiter paces attempts (after a throttling response).
    pub fn is_enabled(&self) -> bool {
        self.state().enabled
    }

    /// The current fill rate, in tokens (attempts) per second.
    pub fn fill_rate(&self) -> f64 {
        self.state().fill_rate
    }

    /// The smoothed rate at which the client has been sending, per second.
    pub fn measured_rate(&self) -> f64 {
        self.state().measured_rate
    }
}

impl State {
    fn refill(&mut self, now: f64) {
        if let Some(last) = self.last_refill {
            let elapsed = (now - last).max(0.0);
            self.capacity = (self.capacity + elapsed * self.fill_rate).min(self.max_capacity);
        }
        self.last_refill = Some(now);
    }

    /// Counts a response and updates the smoothed sending rate once a
    /// half-second bucket is over.
    fn measure(&mut self, now: f64) {
        let bucket = (now * BUCKETS_PER_SECOND).floor() / BUCKETS_PER_SECOND;
        self.count += 1;
        if bucket > self.last_bucket {
            let current = self.count as f64 / (bucket - self.last_bucket);
            self.measured_rate = current * SMOOTH + self.measured_rate * (1.0 - SMOOTH);
            self.count = 0;
            self.last_bucket = bucket;
        }
    }

    /// CUBIC's `K`: the time the rate takes to grow back to `W_max`.
    fn time_window(&self) -> f64 {
        ((self.last_max_rate * (1.0 - BETA)) / SCALE_CONSTANT).cbrt()
    }

    fn cubic_success(&self, now: f64) -> f64 {
        let dt = now - self.last_throttle - self.time_window();
        SCALE_CONSTANT * dt.powi(3) + self.last_max_rate
    }

    fn set_fill_rate(&mut self, now: f64, rate: f64) {
        // Tokens due at the old rate first.
        self.refill(now);
        let rate = if rate.is_nan() { 0.0 } else { rate };
        self.fill_rate = rate.max(MIN_FILL_RATE);
        self.max_capacity = rate.max(MIN_CAPACITY);
        self.capacity = self.capacity.min(self.max_capacity);
    }
}

/// A time that arithmetic can use: non-finite counts as 0.
fn finite(t: f64) -> f64 {
    if t.is_finite() { t } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floats equal to 1e-9 relative (the vectors print 15–17 digits).
    #[track_caller]
    fn close(actual: f64, expected: f64) {
        let tolerance = 1e-9 * expected.abs().max(1.0);
        assert!(
            (actual - expected).abs() <= tolerance,
            "{actual} != {expected}"
        );
    }

    fn with(last_max_rate: f64, last_throttle: f64) -> State {
        let limiter = RateLimiter::new(0.0);
        let mut s = limiter.state().clone();
        s.last_max_rate = last_max_rate;
        s.last_throttle = last_throttle;
        s
    }

    // The vectors below are the official SDKs' (smithy-rs
    // `client_rate_limiter.rs`, ported there from aws-sdk-go-v2's
    // `adaptive_ratelimit_test.go`).

    #[test]
    fn cubic_success_after_a_throttle_at_10_per_second() {
        let s = with(10.0, 5.0);
        for (t, rate) in [
            (5.0, 7.0),
            (6.0, 9.64893600966),
            (7.0, 10.000030849917364),
            (8.0, 10.453284520772092),
            (9.0, 13.408697022224185),
            (10.0, 21.26626835427364),
            (11.0, 36.425998516920465),
        ] {
            close(s.cubic_success(t), rate);
        }
    }

    #[test]
    fn cubic_rates_with_throttles() {
        let mut s = with(10.0, 5.0);
        let mut rate = 0.0;
        for (throttled, t, expected) in [
            (false, 5.0, 7.0),
            (false, 6.0, 9.64893600966),
            (true, 7.0, 6.754255206761999),
            (true, 8.0, 4.727978644733399),
            (false, 9.0, 4.670125557970046),
            (false, 10.0, 4.770870456867401),
            (false, 11.0, 6.011819748005445),
            (false, 12.0, 10.792973431384178),
        ] {
            if throttled {
                rate *= BETA;
                s.last_throttle = t;
                s.last_max_rate = rate;
            } else {
                rate = s.cubic_success(t);
            }
            close(rate, expected);
        }
    }

    #[test]
    fn sending_rates_every_200_ms() {
        let limiter = RateLimiter::new(0.0);
        for (throttled, t, measured, fill) in [
            (false, 0.2, 0.0, 0.5),
            (false, 0.4, 0.0, 0.5),
            (false, 0.6, 4.800000000000001, 0.5),
            (false, 0.8, 4.800000000000001, 0.5),
            (false, 1.0, 4.16, 0.5),
            (false, 1.2, 4.16, 0.6912),
            (false, 1.4, 4.16, 1.0975999999999997),
            (false, 1.6, 5.632000000000001, 1.6384000000000005),
            (false, 1.8, 5.632000000000001, 2.3328),
            (true, 2.0, 4.3264, 3.0284799999999996),
            (false, 2.2, 4.3264, 3.48663917347026),
            (false, 2.4, 4.3264, 3.821874416040255),
            (false, 2.6, 5.66528, 4.053385727709987),
            (false, 2.8, 5.66528, 4.200373108479454),
            (false, 3.0, 4.333056, 4.282036558348658),
            (true, 3.2, 4.333056, 2.99742559084406),
            (false, 3.4, 4.333056, 3.4522263943863463),
        ] {
            limiter.update(t, throttled);
            close(limiter.measured_rate(), measured);
            close(limiter.fill_rate(), fill);
        }
    }

    #[test]
    fn off_until_throttled_then_paces_attempts() {
        let limiter = RateLimiter::new(0.0);
        assert_eq!(limiter.acquire(0.0), Duration::ZERO);
        limiter.update(0.0, false);
        assert!(!limiter.is_enabled());
        limiter.update(0.1, true);
        assert!(limiter.is_enabled());
        // The minimum rate: half a token a second; the bucket has filled
        // 0.05 tokens since the first response.
        assert_eq!(limiter.fill_rate(), 0.5);
        assert_eq!(limiter.acquire(0.1), Duration::from_millis(1900));
        // The next attempt waits for its own token too.
        assert_eq!(limiter.acquire(0.1), Duration::from_millis(3900));
        // After the wait the bucket has caught up.
        assert_eq!(limiter.acquire(8.1), Duration::ZERO);
    }

    #[test]
    fn hostile_clocks_never_panic() {
        let limiter = RateLimiter::new(f64::NAN);
        for t in [f64::INFINITY, -1e300, f64::NAN, 1e300, 0.0, -5.0, f64::MAX] {
            limiter.update(t, true);
            let _ = limiter.acquire(t);
            limiter.update(t, false);
            let _ = limiter.acquire(t);
            assert!(limiter.fill_rate() >= MIN_FILL_RATE);
        }
    }
}
