//! The client-side rate limiter of AWS's "adaptive" retry mode, as a pure
//! state machine.
//!
//! Adaptive mode is standard mode plus this limiter: after the first
//! throttling response, every attempt first takes a token from a bucket whose
//! fill rate follows TCP CUBIC. A throttling response cuts the rate to
//! [`BETA`] of the rate the client was sending at; each other response lets it
//! grow back along the cubic curve `SCALE × (t − K)³ + W_max`, where `W_max` is
//! the rate at the last throttle and `K` the time it takes to get back to it.
//! The rate never exceeds twice the measured sending rate, and never falls
//! below [`MIN_FILL_RATE`] tokens per second.
//!
//! It is the algorithm of botocore's `retries/adaptive.py`, `bucket.py` and
//! `throttling.py`, and of the official SDKs' client rate limiters, with one
//! difference that keeps it sans-IO: [`RateLimiter::acquire`] never blocks.
//! It takes the tokens (the bucket may go below zero) and returns how long
//! the caller must wait before sending, as the official Rust SDK does.
//!
//! Time is passed in as seconds (any origin, usually the Unix epoch), so the
//! limiter is driven by the client's [`Clock`](crate::time::Clock) and
//! tests use fixed times.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

/// The fraction of the sending rate kept after a throttling response.
pub const BETA: f64 = 0.7;
/// How quickly the rate grows back after a throttle (CUBIC's `C`).
pub const SCALE_CONSTANT: f64 = 0.4;
/// The lowest fill rate, in tokens per second.
pub const MIN_FILL_RATE: f64 = 0.5;
/// The lowest bucket capacity, in tokens.
pub const MIN_CAPACITY: f64 = 1.0;
/// The weight of the newest half-second in the measured sending rate.
const SMOOTHING: f64 = 0.8;
/// The longest wait [`RateLimiter::acquire`] asks for. The bucket refills at
/// no less than [`MIN_FILL_RATE`] and an attempt costs at most
/// [`RequestCost::RetryAfterTimeout`] tokens, so waits are 20 s at most in
/// normal operation; this bound only guards against a clock that jumps.
pub const MAX_DELAY: Duration = Duration::from_secs(60);

/// What an attempt costs in rate-limiter tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestCost {
    /// The first attempt of an operation: 1 token.
    Initial,
    /// A retry: 5 tokens.
    Retry,
    /// A retry after a timeout: 10 tokens.
    RetryAfterTimeout,
}

impl RequestCost {
    fn tokens(self) -> f64 {
        match self {
            RequestCost::Initial => 1.0,
            RequestCost::Retry => 5.0,
            RequestCost::RetryAfterTimeout => 10.0,
        }
    }
}

/// The adaptive-mode rate limiter; one per client. See the
/// [module docs](self).
pub struct RateLimiter {
    state: Mutex<State>,
}

#[derive(Debug, Clone, PartialEq)]
struct State {
    /// Tokens added per second.
    fill_rate: f64,
    /// The most tokens the bucket holds.
    max_capacity: f64,
    /// Tokens in the bucket (negative while callers wait for theirs).
    capacity: f64,
    /// When the bucket was last refilled.
    last_refill: Option<f64>,
    /// Off until the first throttling response.
    enabled: bool,
    /// The smoothed sending rate, in responses per second.
    measured_rate: f64,
    /// The start of the half-second the count below belongs to.
    last_bucket: f64,
    /// Responses seen in that half-second.
    count: u64,
    /// The rate when the client was last throttled (CUBIC's `W_max`).
    last_max_rate: f64,
    /// When the client was last throttled.
    last_throttle: f64,
}

impl fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.lock();
        f.debug_struct("RateLimiter")
            .field("enabled", &s.enabled)
            .field("fill_rate", &s.fill_rate)
            .field("capacity", &s.capacity)
            .field("measured_rate", &s.measured_rate)
            .finish()
    }
}

impl RateLimiter {
    /// A limiter created at `now` (seconds), disabled until the first
    /// throttling response.
    pub fn new(now: f64) -> Self {
        let now = finite_or_zero(now);
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

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is plain numbers, consistent after every statement.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the tokens for an attempt at `now`; returns how long to wait
    /// before sending it (zero while the limiter is disabled or the bucket
    /// has the tokens).
    pub fn acquire(&self, now: f64, cost: RequestCost) -> Duration {
        let mut s = self.lock();
        if !s.enabled {
            return Duration::ZERO;
        }
        let amount = cost.tokens();
        s.refill(finite_or_zero(now));
        let wait = if amount > s.capacity {
            (amount - s.capacity) / s.fill_rate
        } else {
            0.0
        };
        s.capacity -= amount;
        Duration::try_from_secs_f64(wait)
            .unwrap_or(MAX_DELAY)
            .min(MAX_DELAY)
    }

    /// Records a response received at `now`: `throttled` when it was a
    /// throttling error, which enables the limiter.
    pub fn update(&self, now: f64, throttled: bool) {
        let now = finite_or_zero(now);
        let mut s = self.lock();
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
            cubic_throttle(rate_to_use)
        } else {
            cubic_success(s.last_max_rate, now - s.last_throttle)
        };
        let rate = rate.min(2.0 * s.measured_rate);
        s.set_fill_rate(now, rate);
    }

    /// Whether a throttling response has switched the limiter on.
    pub fn is_enabled(&self) -> bool {
        self.lock().enabled
    }

    /// The current fill rate, in tokens per second.
    pub fn fill_rate(&self) -> f64 {
        self.lock().fill_rate
    }

    /// The smoothed rate at which responses arrive, per second.
    pub fn measured_rate(&self) -> f64 {
        self.lock().measured_rate
    }
}

impl State {
    fn refill(&mut self, now: f64) {
        if let Some(last) = self.last_refill {
            // A clock that goes backwards adds nothing.
            let added = (now - last).max(0.0) * self.fill_rate;
            self.capacity = self.max_capacity.min(self.capacity + added);
        }
        self.last_refill = Some(now);
    }

    fn set_fill_rate(&mut self, now: f64, rate: f64) {
        self.refill(now);
        let rate = if rate.is_nan() { MIN_FILL_RATE } else { rate };
        self.fill_rate = rate.max(MIN_FILL_RATE);
        self.max_capacity = rate.max(MIN_CAPACITY);
        self.capacity = self.capacity.min(self.max_capacity);
    }

    /// Counts a response into the half-second buckets of the measured rate.
    fn measure(&mut self, now: f64) {
        let bucket = (now * 2.0).floor() / 2.0;
        self.count += 1;
        if bucket > self.last_bucket {
            let current = self.count as f64 / (bucket - self.last_bucket);
            self.measured_rate = current * SMOOTHING + self.measured_rate * (1.0 - SMOOTHING);
            self.count = 0;
            self.last_bucket = bucket;
        }
    }
}

/// CUBIC's `K`: the seconds it takes to grow back to `w_max`.
fn time_window(w_max: f64) -> f64 {
    (w_max * (1.0 - BETA) / SCALE_CONSTANT).cbrt()
}

/// The rate `since_throttle` seconds after a throttle at rate `w_max`.
fn cubic_success(w_max: f64, since_throttle: f64) -> f64 {
    let dt = since_throttle - time_window(w_max);
    SCALE_CONSTANT * dt.powi(3) + w_max
}

fn cubic_throttle(rate: f64) -> f64 {
    rate * BETA
}

fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() { x } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    /// botocore's `tests/unit/retries/test_throttling.py`.
    #[test]
    fn cubic_matches_botocore() {
        assert!(close(time_window(10.0), 1.957_433_820_584_431_7));
        let k = time_window(10.0);
        assert!(cubic_success(10.0, k / 3.0) <= 10.0);
        assert!(cubic_success(10.0, k / 1.1) <= 10.0);
        assert!(close(cubic_success(10.0, k), 10.0));
        assert!(cubic_success(10.0, k * 1.1) >= 10.0);
        assert!(close(cubic_throttle(8.0), 5.6));
        assert!(close(time_window(8.0), 1.817_120_592_832_139_7));
    }

    /// The calculated rates of the Go v2 SDK's `adaptive_ratelimit_test.go`,
    /// also in the official Rust SDK: a throttle at t = 5 s with W_max = 10,
    /// then successes once a second.
    #[test]
    fn calculated_rates_with_successes() {
        let expected = [
            (5.0, 7.0),
            (6.0, 9.648_936_009_66),
            (7.0, 10.000_030_849_917_364),
            (8.0, 10.453_284_520_772_092),
            (9.0, 13.408_697_022_224_185),
            (10.0, 21.266_268_354_273_64),
            (11.0, 36.425_998_516_920_465),
        ];
        for (t, rate) in expected {
            let got = cubic_success(10.0, t - 5.0);
            assert!(close(got, rate), "t = {t}: {got} != {rate}");
        }
    }

    /// The same, with throttles at t = 7 s and 8 s. As in the Go and Rust
    /// SDKs' test, a throttle cuts the last calculated rate to 70 % and the
    /// curve restarts from the cut rate.
    #[test]
    fn calculated_rates_with_throttles() {
        let steps = [
            (false, 5.0, 7.0),
            (false, 6.0, 9.648_936_009_66),
            (true, 7.0, 6.754_255_206_761_999),
            (true, 8.0, 4.727_978_644_733_399),
            (false, 9.0, 4.670_125_557_970_046),
            (false, 10.0, 4.770_870_456_867_401),
            (false, 11.0, 6.011_819_748_005_445),
            (false, 12.0, 10.792_973_431_384_178),
        ];
        let (mut w_max, mut last_throttle) = (10.0, 5.0);
        let mut rate = 0.0;
        for (throttled, t, expected) in steps {
            if throttled {
                rate = cubic_throttle(rate);
                w_max = rate;
                last_throttle = t;
            } else {
                rate = cubic_success(w_max, t - last_throttle);
            }
            assert!(close(rate, expected), "t = {t}: {rate} != {expected}");
        }
    }

    /// The whole state machine against the official Rust SDK's
    /// `test_client_sending_rates`: a response every 200 ms, throttles at
    /// 2.0 s and 3.2 s; the measured rate and the fill rate after each.
    #[test]
    fn sending_rates_match_the_official_sdk() {
        let steps = [
            (false, 1, 0.0, 0.5),
            (false, 2, 0.0, 0.5),
            (false, 3, 4.800_000_000_000_001, 0.5),
            (false, 4, 4.800_000_000_000_001, 0.5),
            (false, 5, 4.16, 0.5),
            (false, 6, 4.16, 0.6912),
            (false, 7, 4.16, 1.097_599_999_999_999_7),
            (false, 8, 5.632_000_000_000_001, 1.638_400_000_000_000_5),
            (false, 9, 5.632_000_000_000_001, 2.3328),
            (true, 10, 4.3264, 3.028_479_999_999_999_6),
            (false, 11, 4.3264, 3.486_639_173_470_26),
            (false, 12, 4.3264, 3.821_874_416_040_255),
            (false, 13, 5.66528, 4.053_385_727_709_987),
            (false, 14, 5.66528, 4.200_373_108_479_454),
            (false, 15, 4.333_056, 4.282_036_558_348_658),
            (true, 16, 4.333_056, 2.997_425_590_844_06),
            (false, 17, 4.333_056, 3.452_226_394_386_346_3),
        ];
        let limiter = RateLimiter::new(0.0);
        for (throttled, step, measured, fill) in steps {
            let t = f64::from(step) / 5.0;
            limiter.update(t, throttled);
            let (m, f) = (limiter.measured_rate(), limiter.fill_rate());
            assert!(
                close(m, measured),
                "step {step}: measured {m} != {measured}"
            );
            assert!(close(f, fill), "step {step}: fill {f} != {fill}");
        }
    }

    #[test]
    fn disabled_until_the_first_throttle() {
        let limiter = RateLimiter::new(0.0);
        for i in 0..100 {
            assert_eq!(
                limiter.acquire(f64::from(i) * 0.01, RequestCost::Retry),
                Duration::ZERO
            );
            limiter.update(f64::from(i) * 0.01, false);
        }
        assert!(!limiter.is_enabled());
        limiter.update(1.0, true);
        assert!(limiter.is_enabled());
    }

    /// Ten responses a second for two seconds, then a throttle: the fill
    /// rate drops to 70 % of the measured rate, and a burst of requests is
    /// spread out at that rate.
    #[test]
    fn a_throttle_slows_a_burst_down() {
        let limiter = RateLimiter::new(0.0);
        let mut t = 0.0;
        for i in 1..=20 {
            t = f64::from(i) / 10.0;
            limiter.update(t, false);
        }
        let measured = limiter.measured_rate();
        assert!(measured > 8.0 && measured <= 10.0, "{measured}");
        limiter.update(t, true);
        let rate = limiter.fill_rate();
        assert!(close(rate, measured * BETA), "{rate} vs {measured}");
        // Once the tokens in the bucket are spent, each request of a burst
        // waits one token's worth of time longer than the one before.
        let waits: Vec<f64> = (0..20)
            .map(|_| limiter.acquire(t, RequestCost::Initial).as_secs_f64())
            .filter(|w| *w > 0.0)
            .collect();
        assert!(waits.len() >= 12, "{waits:?}");
        for pair in waits.windows(2) {
            assert!((pair[1] - pair[0] - 1.0 / rate).abs() < 1e-6, "{waits:?}");
        }
        // A retry costs five tokens.
        let last = waits[waits.len() - 1];
        let retry = limiter.acquire(t, RequestCost::Retry).as_secs_f64();
        assert!((retry - last - 5.0 / rate).abs() < 1e-6);
    }

    /// Repeated throttles never take the rate below the floor, and a
    /// time going backwards or not finite never panics nor refills.
    #[test]
    fn floors_and_bad_clocks() {
        let limiter = RateLimiter::new(100.0);
        for i in 0..50 {
            limiter.update(100.0 + f64::from(i), true);
        }
        assert!(close(limiter.fill_rate(), MIN_FILL_RATE));
        let wait = limiter.acquire(50.0, RequestCost::RetryAfterTimeout);
        assert!(wait <= MAX_DELAY);
        for t in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1e300, 1e300] {
            limiter.update(t, true);
            limiter.update(t, false);
            assert!(limiter.acquire(t, RequestCost::Retry) <= MAX_DELAY);
            assert!(limiter.fill_rate() >= MIN_FILL_RATE);
        }
    }
}
