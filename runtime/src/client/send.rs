//! The send pipeline of a [`Client`], as named steps (after smithy-rs's
//! orchestrator: `invoke` → `try_op` → `try_attempt`):
//!
//! - [`Client::invoke`]: the operation, bounded by the operation timeout;
//! - [`Client::try_op`]: builds the request once, then runs attempts until
//!   one succeeds or [`Client::retry_after`] says stop;
//! - [`Client::prepare`]: one attempt's request: credentials, the rate
//!   limiter, headers, the signature;
//! - [`Client::try_attempt`]: transmits and decodes, giving the output or a
//!   [`Failure`] with its retry [`Outcome`] (the clock-skew correction
//!   travels in it);
//! - [`Client::retry_after`]: the one retry decision: classification, the
//!   quota, the backoff;
//! - [`Client::transport_failure`]: the one place a transport error becomes
//!   a [`Kind`].

use std::sync::atomic::{AtomicU32, Ordering};

use http::HeaderValue;
use tracing::Instrument as _;

use super::{CLOCK_SKEW_THRESHOLD, Client, MAX_CLOCK_SKEW, USER_AGENT};
use crate::credentials::{Credentials, CredentialsError};
use crate::error::{
    BoxError, Construction, Error, Kind, OperationError as _, ResponseDetails, TimeoutKind,
};
use crate::operation::{Auth, Operation};
use crate::protocol::{self, ResponseFailure};
use crate::retry::{self, Outcome, RetryReason};
use crate::sigv4::{self, SigningParams, SigningSettings};
use crate::time::DateTime;
use crate::transport::{self, Limits, TransportError, TransportErrorKind};

/// What every attempt of one operation shares: built once, so every attempt
/// sends the same bytes (an idempotency token filled in is the same on
/// every retry).
struct Op<'a> {
    request: http::Request<Vec<u8>>,
    signing_region: &'a str,
    secrets: Vec<String>,
    invocation_id: String,
}

/// How an attempt that gave no output ended.
struct Failure<E> {
    error: Error<E>,
    /// What the retry policy weighs; `None` for an answer that is final,
    /// never retried nor counted by the rate limiter (a refused redirect, a
    /// body over the cap).
    outcome: Option<Outcome>,
}

impl<E> Failure<E> {
    fn retryable(error: Error<E>, outcome: Outcome) -> Self {
        Failure {
            error,
            outcome: Some(outcome),
        }
    }

    fn last(error: Error<E>) -> Self {
        Failure {
            error,
            outcome: None,
        }
    }
}

impl Client {
    /// Sends `op` within the operation timeout, if one is set.
    pub(super) async fn invoke<O: Operation>(&self, op: &O) -> Result<O::Output, Error<O::Error>> {
        // Attempts handed to the transport, for an operation timeout's error.
        let started = AtomicU32::new(0);
        let Some(limit) = self.inner.operation_timeout else {
            return self.try_op(op, &started).await;
        };
        match transport::timeout(self.inner.sleep.sleep(limit), self.try_op(op, &started)).await {
            Ok(result) => result,
            Err(_) => Err(
                Error::new(O::NAME, Kind::Timeout(TimeoutKind::Operation, limit), None)
                    .with_attempts(started.load(Ordering::Relaxed)),
            ),
        }
    }

    /// Builds the request once, then attempts it until an attempt succeeds
    /// or the retry decision says stop.
    async fn try_op<O: Operation>(
        &self,
        op: &O,
        started: &AtomicU32,
    ) -> Result<O::Output, Error<O::Error>> {
        let shared = self.build_op(op)?;
        // The cost of the last retry, all a success refunds.
        let mut last_cost = None;
        // Whether an attempt so far may have reached the service: once one
        // may have, every later error says so.
        let mut sent_earlier = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let (request, skew_used) = self
                .prepare::<O>(&shared, attempt)
                .await
                .map_err(|e| e.with_attempts(attempt - 1).with_sent_earlier(sent_earlier))?;
            started.store(attempt, Ordering::Relaxed);
            let failure = match self
                .try_attempt::<O>(request, &shared, skew_used, attempt)
                .await
            {
                Ok(out) => {
                    self.record_attempt(None);
                    self.inner.bucket.success(last_cost);
                    return Ok(out);
                }
                Err(failure) => failure,
            };
            let Some(outcome) = failure.outcome else {
                return Err(failure.error.with_attempts(attempt));
            };
            let error = failure
                .error
                .with_attempts(attempt)
                .with_sent_earlier(sent_earlier);
            sent_earlier = error.may_have_been_sent();
            if !self.retry_after(&outcome, attempt, &mut last_cost).await {
                return Err(error);
            }
        }
    }

    /// What every attempt shares: the endpoint, the signing region, the
    /// serialized request, the secrets to scrub and the invocation id.
    fn build_op<O: Operation>(&self, op: &O) -> Result<Op<'_>, Error<O::Error>> {
        let construction = |why, source: Option<BoxError>| {
            Error::<O::Error>::new(O::NAME, Kind::Construction(why), source)
        };
        let (_, url) = self
            .resolved(O::SERVICE)
            .map_err(|e| construction(Construction::Endpoint, Some(Box::new(e))))?;
        // An endpoint override resolves without a region, but a signature
        // names one: never guess it.
        let signing_region = match (O::AUTH, self.inner.region.as_deref()) {
            (Auth::SigV4, None) => return Err(construction(Construction::NoSigningRegion, None)),
            (_, region) => region.unwrap_or_default(),
        };
        let request = protocol::build_request(op, &url)
            .map_err(|e| construction(Construction::Build, Some(e)))?;
        let mut secrets = Vec::new();
        op.sensitive_strings(&mut |s| secrets.push(s.to_owned()));
        Ok(Op {
            request,
            signing_region,
            secrets,
            invocation_id: invocation_id(),
        })
    }

    /// One attempt's request: credentials, the adaptive rate limiter, the
    /// SDK headers and the signature. Returns it with the clock-skew
    /// correction it was signed with.
    async fn prepare<O: Operation>(
        &self,
        shared: &Op<'_>,
        attempt: u32,
    ) -> Result<(http::Request<Vec<u8>>, i64), Error<O::Error>> {
        let inner = &*self.inner;
        let credentials = match O::AUTH {
            Auth::None => None,
            Auth::SigV4 => Some(self.credentials::<O>().await?),
        };
        // Adaptive mode: wait for the rate limiter, before signing so the
        // signature is as fresh as the send.
        if let Some(limiter) = &inner.rate_limiter {
            let wait = limiter.acquire(inner.clock.now().as_secs_f64());
            if !wait.is_zero() {
                tracing::debug!(?wait, "client-side rate limit");
                inner.sleep.sleep(wait).await;
            }
        }
        let mut request = shared.request.clone();
        let headers = request.headers_mut();
        headers.insert(
            http::header::USER_AGENT,
            HeaderValue::from_static(USER_AGENT),
        );
        headers.insert(
            "amz-sdk-invocation-id",
            HeaderValue::from_str(&shared.invocation_id).expect("a UUID is a valid header value"),
        );
        let max = inner.retry.max_attempts();
        headers.insert(
            "amz-sdk-request",
            HeaderValue::from_str(&format!("attempt={attempt}; max={max}"))
                .expect("digits are a valid header value"),
        );
        let skew_used = inner.skew_secs.load(Ordering::Relaxed);
        if let Some(creds) = &credentials {
            let params = SigningParams {
                access_key_id: creds.access_key_id(),
                secret_access_key: creds.secret_access_key(),
                session_token: creds.session_token(),
                region: shared.signing_region,
                service: O::SERVICE.signing_name,
                time: inner.clock.now().add_signed_secs(skew_used),
                settings: SigningSettings::default(),
            };
            sigv4::sign_http_request(&mut request, &params, &inner.keys).map_err(|e| {
                Error::new(
                    O::NAME,
                    Kind::Construction(Construction::Sign),
                    Some(Box::new(e)),
                )
            })?;
        }
        Ok((request, skew_used))
    }

    /// Transmits one request within the attempt timeout and decodes the
    /// answer.
    async fn try_attempt<O: Operation>(
        &self,
        request: http::Request<Vec<u8>>,
        shared: &Op<'_>,
        skew_used: i64,
        attempt: u32,
    ) -> Result<O::Output, Failure<O::Error>> {
        let inner = &*self.inner;
        let span = tracing::debug_span!("awsop.attempt", attempt, max = inner.retry.max_attempts());
        let sent = async {
            let limits = Limits {
                max_response_bytes: inner.max_response_bytes,
            };
            let send = inner.transport.send(request, limits);
            match inner.attempt_timeout {
                Some(limit) => transport::timeout(inner.sleep.sleep(limit), send)
                    .await
                    .map_err(|_| limit),
                None => Ok(send.await),
            }
        }
        .instrument(span.clone())
        .await;
        let response = match sent {
            Err(limit) => {
                tracing::debug!(parent: &span, "attempt timed out");
                let kind = Kind::Timeout(TimeoutKind::Attempt, limit);
                return Err(Failure::retryable(
                    Error::new(O::NAME, kind, None),
                    Outcome::Timeout,
                ));
            }
            Ok(Err(e)) => {
                tracing::debug!(parent: &span, error = %e, "transport error");
                return Err(self.transport_failure(O::NAME, e));
            }
            Ok(Ok(response)) => response,
        };
        if response.status().is_redirection() {
            // Never followed, never retried: the request went where it was
            // configured to, and the answer is not AWS's.
            let status = response.status().as_u16();
            tracing::debug!(parent: &span, status, "redirect refused");
            let details = ResponseDetails {
                status: Some(status),
                request_id: None,
                reason: redirect_reason(response.headers()),
                excerpt: None,
            };
            return Err(Failure::last(Error::new(
                O::NAME,
                Kind::Response(details),
                None,
            )));
        }
        self.decode::<O>(&response, &shared.secrets, skew_used, &span)
    }

    /// The one place a transport error becomes an error [`Kind`] and a retry
    /// [`Outcome`].
    fn transport_failure<E>(&self, operation: &'static str, e: TransportError) -> Failure<E> {
        let (kind, outcome) = match e.kind() {
            TransportErrorKind::Connect => (Kind::Dispatch { connected: false }, Outcome::Io),
            TransportErrorKind::ConnectTimeout => (
                Kind::Timeout(TimeoutKind::Connect, self.inner.connect_timeout),
                Outcome::Timeout,
            ),
            TransportErrorKind::Io => (Kind::Dispatch { connected: true }, Outcome::Io),
            TransportErrorKind::BodyTooLarge => {
                let details = ResponseDetails {
                    status: None,
                    request_id: None,
                    reason: format!(
                        "response body over the {} byte limit",
                        self.inner.max_response_bytes
                    ),
                    excerpt: None,
                };
                let error = Error::new(operation, Kind::Response(details), Some(Box::new(e)));
                return Failure::last(error);
            }
        };
        Failure::retryable(Error::new(operation, kind, Some(Box::new(e))), outcome)
    }

    /// Decodes a response that is not a redirect, and corrects the clock
    /// from it when it came from AWS.
    fn decode<O: Operation>(
        &self,
        response: &http::Response<Vec<u8>>,
        secrets: &[String],
        skew_used: i64,
        span: &tracing::Span,
    ) -> Result<O::Output, Failure<O::Error>> {
        let status = response.status().as_u16();
        let headers = response.headers();
        let decoded = protocol::decode_response::<O>(status, headers, response.body(), secrets);
        // Only a service error or a success with a request id is plausibly
        // AWS's answer; a proxy's page is not.
        let from_aws = match &decoded {
            Ok(_) => protocol::request_id(headers).is_some(),
            Err(ResponseFailure::Service(_)) => true,
            Err(ResponseFailure::Undecodable(..)) => false,
        };
        let clock_corrected = from_aws && self.update_skew(headers, skew_used);
        if tracing::event_enabled!(tracing::Level::DEBUG) {
            // The request id is the server's text: it may echo a secret.
            // Scrubbed only when someone listens (a scrubber per call costs).
            let request_id =
                protocol::request_id(headers).map(|id| crate::sensitive::scrub(&id, secrets));
            tracing::debug!(
                parent: span,
                status,
                request_id = request_id.as_deref(),
                "response"
            );
        }
        match decoded {
            Ok(out) => Ok(out),
            Err(ResponseFailure::Service(e)) => {
                let outcome = Outcome::Service {
                    status,
                    code: Some(e.meta().code().to_owned()),
                    modeled: e.retry_kind(),
                    clock_corrected,
                };
                let error = Error::new(O::NAME, Kind::Service(e), None);
                Err(Failure::retryable(error, outcome))
            }
            Err(ResponseFailure::Undecodable(details, source)) => {
                let outcome = Outcome::Service {
                    status,
                    code: None,
                    modeled: None,
                    clock_corrected,
                };
                let error = Error::new(O::NAME, Kind::Response(details), source);
                Err(Failure::retryable(error, outcome))
            }
        }
    }

    /// The one retry decision: classifies the outcome, tells the rate
    /// limiter, and when the attempts and the quota allow a retry, sleeps
    /// its backoff and returns `true`.
    async fn retry_after(
        &self,
        outcome: &Outcome,
        attempt: u32,
        last_cost: &mut Option<u32>,
    ) -> bool {
        let inner = &*self.inner;
        let reason = retry::classify(outcome);
        self.record_attempt(reason);
        let Some(reason) = reason else {
            return false;
        };
        if attempt >= inner.retry.max_attempts() {
            return false;
        }
        let Some(cost) = inner.bucket.acquire(reason) else {
            tracing::debug!("retry quota spent; not retrying");
            return false;
        };
        *last_cost = Some(cost);
        let delay = inner.retry.backoff(attempt, (inner.jitter)());
        tracing::debug!(?reason, ?delay, "retrying");
        if !delay.is_zero() {
            inner.sleep.sleep(delay).await;
        }
        true
    }

    /// Tells the adaptive rate limiter, if any, how an attempt ended.
    fn record_attempt(&self, reason: Option<RetryReason>) {
        if let Some(limiter) = &self.inner.rate_limiter {
            let throttled = reason == Some(RetryReason::Throttling);
            limiter.update(self.inner.clock.now().as_secs_f64(), throttled);
        }
    }

    /// Loads credentials within the credentials load timeout.
    async fn credentials<O: Operation>(&self) -> Result<Credentials, Error<O::Error>> {
        let Some(provider) = &self.inner.credentials else {
            return Err(Error::new(
                O::NAME,
                Kind::Credentials,
                Some(Box::new(CredentialsError::not_loaded(
                    "no credentials provider is configured (use Client::from_env or ClientBuilder::credentials_provider)",
                ))),
            ));
        };
        // A cache hit costs a lock and a clone: no timer.
        if let Some(fresh) = self
            .inner
            .credentials_cache
            .as_ref()
            .and_then(|c| c.fresh())
        {
            return Ok(fresh);
        }
        let load = provider.provide_credentials();
        let result = match self.inner.credentials_load_timeout {
            Some(limit) => transport::timeout(self.inner.sleep.sleep(limit), load)
                .await
                .unwrap_or_else(|_| Err(CredentialsError::timed_out(&provider.name(), limit))),
            None => load.await,
        };
        result.map_err(|e| Error::new(O::NAME, Kind::Credentials, Some(Box::new(e))))
    }

    /// Records the server's clock from a `Date` header of a response that
    /// came from AWS; returns whether the correction changed from the one the
    /// request was signed with. A `Date` more than [`MAX_CLOCK_SKEW`] away
    /// leaves the correction as it was.
    fn update_skew(&self, headers: &http::HeaderMap, skew_used: i64) -> bool {
        let Some(date) = headers
            .get(http::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| DateTime::parse_http_date(v).ok())
        else {
            return false;
        };
        let local = self.inner.clock.now();
        let Some(skew) = skew_correction(local, date) else {
            tracing::debug!(date = %date, "response Date too far from the local clock; ignored");
            return false;
        };
        self.inner.skew_secs.store(skew, Ordering::Relaxed);
        if skew != skew_used {
            tracing::debug!(skew_secs = skew, "clock skew correction changed");
        }
        skew.abs_diff(skew_used) > CLOCK_SKEW_THRESHOLD.as_secs()
    }
}

/// The correction (server minus local, in seconds) a response `Date` calls
/// for: 0 within [`CLOCK_SKEW_THRESHOLD`], `None` (ignore it) beyond
/// [`MAX_CLOCK_SKEW`].
fn skew_correction(local: DateTime, server: DateTime) -> Option<i64> {
    let diff = server.seconds_since(&local).round();
    if !diff.is_finite() || diff.abs() > MAX_CLOCK_SKEW.as_secs() as f64 {
        return None;
    }
    // Within ±24 h, so it fits.
    let diff = diff as i64;
    Some(if diff.unsigned_abs() > CLOCK_SKEW_THRESHOLD.as_secs() {
        diff
    } else {
        0
    })
}

/// Why a 3xx is refused, naming only the host of its `Location`: the rest of
/// the URL may carry secrets (a presigned query, user info).
fn redirect_reason(headers: &http::HeaderMap) -> String {
    let host = headers
        .get(http::header::LOCATION)
        .and_then(|v| http::Uri::try_from(v.as_bytes()).ok())
        .and_then(|uri| uri.host().map(str::to_owned));
    match host {
        Some(host) => {
            format!("redirect to host {host} not followed (awsop never follows redirects)")
        }
        None => "redirect not followed (awsop never follows redirects)".to_owned(),
    }
}

fn invocation_id() -> String {
    crate::rand::uuid_v4()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invocation_ids_are_v4_uuids() {
        let id = invocation_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"));
        assert_ne!(id, invocation_id());
    }
}
