//! Sending bytes: the [`Transport`] trait, the timer, and the default reqwest
//! transport.
//!
//! The client hands a transport a signed `http::Request<Vec<u8>>` and gets an
//! `http::Response<Vec<u8>>` back; tests and users plug in their own
//! transport (a recorder, a proxy, a different HTTP stack) with
//! [`ClientBuilder::transport`](crate::ClientBuilder::transport).
//!
//! # Defaults
//!
//! With the `reqwest` feature (on by default): reqwest over rustls (ring
//! provider, Mozilla's roots from `webpki-roots`, certificate verification
//! always on), HTTP/1.1 with connection reuse, a 3.1 s connect timeout, TCP
//! keepalives (after 15 s idle, every 15 s, 3 probes: a dead peer is found
//! in about a minute even with no attempt timeout), and proxies from
//! `HTTPS_PROXY` / `NO_PROXY` as reqwest reads them.
//!
//! Redirects are never followed and no `Referer` is sent: a redirect would
//! resend the signed request (its security token, target and body) to
//! whatever host the `Location` names. The client turns any 3xx into a
//! response error, whatever the transport.

use std::fmt;
use std::future::Future;
use std::task::{Context, Poll};
use std::time::Duration;

use crate::error::BoxError;
pub use crate::rt::BoxFuture;

/// Limits a transport enforces on a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest body accepted, in bytes; a longer one is
    /// [`TransportErrorKind::BodyTooLarge`].
    pub max_response_bytes: usize,
}

/// Sends one HTTP request and reads the whole response.
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request`; the body of the response is read in full, up to
    /// `limits.max_response_bytes`.
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>>;
}

/// What went wrong in a transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportErrorKind {
    /// Could not connect: the request was not sent.
    Connect,
    /// Connecting timed out: the request was not sent.
    ConnectTimeout,
    /// The connection failed after the request may have been sent, or the
    /// response was cut short.
    Io,
    /// The response body is larger than the limit.
    BodyTooLarge,
}

/// A transport failure.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Option<BoxError>,
}

impl TransportError {
    /// A failure of `kind`, caused by `source`.
    pub fn new(kind: TransportErrorKind, source: impl Into<BoxError>) -> Self {
        TransportError {
            kind,
            source: Some(source.into()),
        }
    }

    /// A failure of `kind` with no underlying error.
    pub fn from_kind(kind: TransportErrorKind) -> Self {
        TransportError { kind, source: None }
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::ConnectTimeout => "connect timed out",
            TransportErrorKind::Io => "connection failed",
            TransportErrorKind::BodyTooLarge => "response body too large",
        })
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

/// A timer: the client sleeps between retries and bounds attempts and
/// operations with it.
pub trait AsyncSleep: Send + Sync + fmt::Debug {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// Runs `future`, giving up when `sleep` completes first.
pub(crate) async fn timeout<F: Future>(
    sleep: BoxFuture<'static, ()>,
    future: F,
) -> Result<F::Output, Elapsed> {
    let mut future = std::pin::pin!(future);
    let mut sleep = sleep;
    std::future::poll_fn(move |cx: &mut Context<'_>| {
        if let Poll::Ready(v) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Elapsed)),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

/// A timeout ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Elapsed;

#[cfg(feature = "reqwest")]
pub use self::reqwest_impl::{ReqwestTransport, TokioSleep};

#[cfg(feature = "reqwest")]
mod reqwest_impl {
    use super::*;

    /// [`AsyncSleep`] on tokio's timer.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct TokioSleep;

    impl AsyncSleep for TokioSleep {
        fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
            Box::pin(tokio::time::sleep(duration))
        }
    }

    /// The default transport: reqwest over rustls.
    #[derive(Debug, Clone)]
    pub struct ReqwestTransport {
        client: reqwest::Client,
    }

    impl ReqwestTransport {
        /// A transport with the given connect timeout.
        ///
        /// # Errors
        ///
        /// When the TLS backend cannot be initialised.
        pub fn new(connect_timeout: Duration) -> Result<Self, BoxError> {
            let tls = rustls_config()?;
            let client = reqwest::Client::builder()
                .use_preconfigured_tls(tls)
                .connect_timeout(connect_timeout)
                .tcp_keepalive(Duration::from_secs(15))
                .tcp_keepalive_interval(Duration::from_secs(15))
                .tcp_keepalive_retries(3)
                .redirect(reqwest::redirect::Policy::none())
                .referer(false)
                .https_only(false)
                .build()?;
            Ok(ReqwestTransport { client })
        }

        /// Wraps a reqwest client you configured yourself.
        ///
        /// Build it with `.redirect(reqwest::redirect::Policy::none())`:
        /// reqwest's default policy follows redirects inside the transport,
        /// resending the signed request to another host before the client
        /// can refuse the 3xx.
        pub fn from_client(client: reqwest::Client) -> Self {
            ReqwestTransport { client }
        }
    }

    fn rustls_config() -> Result<rustls::ClientConfig, BoxError> {
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(config)
    }

    impl Transport for ReqwestTransport {
        fn send(
            &self,
            request: http::Request<Vec<u8>>,
            limits: Limits,
        ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
            Box::pin(async move {
                let request = reqwest::Request::try_from(request)
                    .map_err(|e| TransportError::new(TransportErrorKind::Connect, e))?;
                let mut response = self.client.execute(request).await.map_err(classify)?;
                let mut builder = http::Response::builder().status(response.status());
                if let Some(h) = builder.headers_mut() {
                    *h = std::mem::take(response.headers_mut());
                }
                let mut body = Vec::new();
                while let Some(chunk) = response.chunk().await.map_err(classify)? {
                    if body.len() + chunk.len() > limits.max_response_bytes {
                        return Err(TransportError::from_kind(TransportErrorKind::BodyTooLarge));
                    }
                    body.extend_from_slice(&chunk);
                }
                builder
                    .body(body)
                    .map_err(|e| TransportError::new(TransportErrorKind::Io, e))
            })
        }
    }

    fn classify(e: reqwest::Error) -> TransportError {
        let kind = if e.is_connect() && e.is_timeout() {
            TransportErrorKind::ConnectTimeout
        } else if e.is_connect() {
            TransportErrorKind::Connect
        } else {
            TransportErrorKind::Io
        };
        TransportError::new(kind, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::Pin;

    struct Never;
    impl Future for Never {
        type Output = ();
        fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
            Poll::Pending
        }
    }

    #[tokio::test]
    async fn timeout_prefers_the_result() {
        let ready = Box::pin(async {});
        assert_eq!(timeout(ready, async { 7 }).await, Ok(7));
        let ready = Box::pin(async {});
        assert_eq!(timeout(ready, Never).await, Err(Elapsed));
    }
}
