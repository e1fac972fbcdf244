//! The one error type of every `send`: [`Error<E>`].
//!
//! An [`Error`] tells which operation failed and how, in one line:
//!
//! ```text
//! AssociateSoftwareToken: NotAuthorizedException: Invalid Access Token (request id 7c1e..., HTTP 400)
//! ```
//!
//! # Kinds
//!
//! | predicate | what happened | was it sent? |
//! | --- | --- | --- |
//! | [`is_construction`](Error::is_construction) | bad input or configuration: region, endpoint, serialization | never |
//! | [`is_credentials`](Error::is_credentials) | no credentials for a signed operation | never |
//! | [`is_dispatch`](Error::is_dispatch) | the connection failed | maybe ([`may_have_been_sent`](Error::may_have_been_sent)) |
//! | [`is_timeout`](Error::is_timeout) | a timeout ran out | maybe |
//! | [`is_response`](Error::is_response) | a response came but could not be decoded | yes |
//! | [`is_service`](Error::is_service) | the service answered with an error | yes |
//! | [`is_pagination`](Error::is_pagination) | a [paginator](crate::paginate) stopped: a repeated token or its page cap | the next page was not |
//!
//! `Display` prints this error's own line; the alternate form (`{:#}`) adds
//! the chain of [`source`](std::error::Error::source)s.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use crate::sensitive::Scrubber;

/// A boxed error, as sources are kept.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// What a service said about an error: its code, message, request id and the
/// HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ErrorMeta {
    code: String,
    message: Option<String>,
    request_id: Option<String>,
    status: u16,
    decode_error: Option<String>,
}

impl ErrorMeta {
    /// Metadata from its parts.
    pub fn new(
        code: impl Into<String>,
        message: Option<String>,
        request_id: Option<String>,
        status: u16,
    ) -> Self {
        ErrorMeta {
            code: code.into(),
            message,
            request_id,
            status,
            decode_error: None,
        }
    }

    /// This metadata, noting that the body did not fit the modeled
    /// exception (see [`ErrorMeta::decode_error`]).
    #[must_use]
    pub fn with_decode_error(self, reason: impl Into<String>) -> Self {
        ErrorMeta {
            decode_error: Some(reason.into()),
            ..self
        }
    }

    /// The error code, sanitized (`NotAuthorizedException`).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The service's message, if it sent one.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The request id, if the service sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Why the body did not fit the modeled exception, when it did not: the
    /// exception then has only the members that fit, the others empty (zero
    /// or `None`). Scrubbed of the request's secrets.
    pub fn decode_error(&self) -> Option<&str> {
        self.decode_error.as_deref()
    }
}

/// Writes `Code: message (request id X, HTTP 400)`.
impl fmt::Display for ErrorMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)?;
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        }
        f.write_str(" (")?;
        if let Some(id) = &self.request_id {
            write!(f, "request id {id}, ")?;
        }
        write!(f, "HTTP {})", self.status)
    }
}

/// How the retry policy should treat an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryKind {
    /// The service asked the caller to slow down.
    Throttling,
    /// A transient fault: retry.
    Transient,
}

/// An operation's error enum: the exceptions it models plus a catch-all.
///
/// The macros implement this for each `#[aws_error]` enum; [`UnhandledError`]
/// implements it for operations that model no errors.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop error enum",
    label = "not an operation error",
    note = "add `#[aws_error]` to `{Self}`, or write `error = awsop::error::UnhandledError` for an operation that models no errors"
)]
pub trait OperationError: StdError + Send + Sync + 'static + Sized {
    /// Builds the error for a response with code `meta.code()`; `body` is the
    /// JSON body as the service sent it, to decode the exception's members
    /// from, and `secrets` the request's secrets, to scrub from every string
    /// decoded (`meta` is already scrubbed). Unknown codes give the catch-all
    /// variant; a modeled code whose body does not decode gives its variant
    /// with the members that fit (the others empty) and the reason in
    /// [`ErrorMeta::decode_error`].
    /// Never a failure.
    fn from_response(meta: ErrorMeta, body: &[u8], secrets: &Scrubber) -> Self;

    /// The code, message, request id and status.
    fn meta(&self) -> &ErrorMeta;

    /// Whether the model marks this error retryable or throttling.
    fn retry_kind(&self) -> Option<RetryKind> {
        None
    }
}

/// One modeled exception: a shape the service sends as an error body.
///
/// `#[aws_exception]` implements this. Every exception carries the
/// [`ErrorMeta`] of the response it came from (code, message, request id,
/// status), and its retry classification from the model.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop exception",
    label = "not an exception",
    note = "add `#[aws_exception]` to `{Self}`"
)]
pub trait Exception: StdError + Sized {
    /// How the retry policy treats this exception: `Some` when the model
    /// marks it retryable (`#[aws_exception(retryable)]`) or throttling
    /// (`#[aws_exception(throttling)]`).
    const RETRY: Option<RetryKind>;

    /// Decodes the exception's members from an error `body` (empty reads as
    /// `{}`), keeping `meta`. Strict: the body as sent, nothing scrubbed, and
    /// a body that does not fit is an error; [`OperationError::from_response`]
    /// is what scrubs and never fails.
    ///
    /// # Errors
    ///
    /// When the body is not JSON or does not fit the exception.
    fn from_response(meta: ErrorMeta, body: &[u8]) -> Result<Self, serde_json::Error>;

    /// The code, message, request id and status.
    fn meta(&self) -> &ErrorMeta;
}

/// An error code that an operation does not model, with everything the
/// service said about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnhandledError {
    meta: ErrorMeta,
}

impl UnhandledError {
    /// Wraps the metadata.
    pub fn new(meta: ErrorMeta) -> Self {
        UnhandledError { meta }
    }

    /// The code, message, request id and status.
    pub fn meta(&self) -> &ErrorMeta {
        &self.meta
    }
}

impl fmt::Display for UnhandledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.meta, f)
    }
}

impl StdError for UnhandledError {}

impl OperationError for UnhandledError {
    fn from_response(meta: ErrorMeta, _body: &[u8], _secrets: &Scrubber) -> Self {
        UnhandledError { meta }
    }
    fn meta(&self) -> &ErrorMeta {
        &self.meta
    }
}

/// Which timeout ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutKind {
    /// Connecting (the request was not sent).
    Connect,
    /// One attempt.
    Attempt,
    /// The whole operation, retries included.
    Operation,
}

/// A response that could not be decoded: its status, request id, what was
/// wrong and the start of its body when it was not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseDetails {
    /// The HTTP status; `None` when the response was refused before it was
    /// kept (a body over the size cap).
    pub status: Option<u16>,
    /// The request id, if the response had one.
    pub request_id: Option<String>,
    /// What was wrong, e.g. `not JSON` or `missing required member `SecretCode``.
    pub reason: String,
    /// The first characters of an error body that was not a structured
    /// document (an HTML error page from a proxy), scrubbed of the request's
    /// secrets. JSON and XML bodies, and every 2xx body, are never quoted,
    /// since they may hold secrets.
    pub excerpt: Option<String>,
}

/// Why a request could not be built; the error that caused it, if any, is
/// the [`Error`]'s `source()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Construction {
    /// No endpoint: the source is the [`EndpointError`](crate::endpoint::EndpointError).
    Endpoint,
    /// A signed operation and no region to sign for.
    NoSigningRegion,
    /// The request could not be serialized or built.
    Build,
    /// The request could not be signed: the source is the
    /// [`SigningError`](crate::sigv4::SigningError).
    Sign,
}

impl Construction {
    /// What the error's line says before its source's text, if anything.
    fn prefix(self) -> &'static str {
        match self {
            Construction::Endpoint => "",
            Construction::NoSigningRegion => NO_SIGNING_REGION,
            Construction::Build => "could not build the request: ",
            Construction::Sign => "could not sign the request: ",
        }
    }

    /// Whether the error's line ends with its source's text.
    fn shows_source(self) -> bool {
        !matches!(self, Construction::NoSigningRegion)
    }
}

/// Why a signed operation with no region is not sent.
const NO_SIGNING_REGION: &str = "no region to sign the request for: set one with ClientBuilder::region, the AWS_REGION environment variable, or `region` in the profile (an endpoint URL alone does not choose one)";

pub(crate) enum Kind<E> {
    Construction(Construction),
    Credentials,
    Dispatch { connected: bool },
    Timeout(TimeoutKind, Duration),
    Response(ResponseDetails),
    Service(E),
    Pagination(String),
}

/// The error of every `send`. See the [module docs](self).
pub struct Error<E> {
    inner: Box<Inner<E>>,
}

struct Inner<E> {
    operation: &'static str,
    kind: Kind<E>,
    attempts: u32,
    /// An earlier attempt may have reached the service, whatever became of
    /// the last one.
    sent_earlier: bool,
    source: Option<BoxError>,
}

impl<E> Error<E> {
    pub(crate) fn new(operation: &'static str, kind: Kind<E>, source: Option<BoxError>) -> Self {
        Error {
            inner: Box::new(Inner {
                operation,
                kind,
                attempts: 0,
                sent_earlier: false,
                source,
            }),
        }
    }

    /// A paginator stopped before sending the next page (see
    /// [`crate::paginate`]): `reason` says why.
    pub(crate) fn pagination(operation: &'static str, reason: impl Into<String>) -> Self {
        Self::new(operation, Kind::Pagination(reason.into()), None)
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.inner.attempts = attempts;
        self
    }

    /// Records that an attempt before the last one may have reached the
    /// service (it timed out, or its connection failed after writing).
    pub(crate) fn with_sent_earlier(mut self, sent_earlier: bool) -> Self {
        self.inner.sent_earlier |= sent_earlier;
        self
    }

    /// Whether the last attempt alone says the request was certainly not
    /// sent.
    fn last_attempt_not_sent(&self) -> bool {
        match &self.inner.kind {
            Kind::Construction(_) | Kind::Credentials | Kind::Pagination(_) => true,
            Kind::Dispatch { connected } => !*connected,
            Kind::Timeout(TimeoutKind::Connect, _) => true,
            Kind::Timeout(..) => self.inner.attempts == 0,
            Kind::Response(_) | Kind::Service(_) => false,
        }
    }

    /// The operation's name.
    pub fn operation(&self) -> &'static str {
        self.inner.operation
    }

    /// How many attempts were made (0 when nothing was sent).
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// The request could not be built: bad input or configuration. Never sent.
    pub fn is_construction(&self) -> bool {
        matches!(self.inner.kind, Kind::Construction(_))
    }

    /// Credentials could not be loaded for a signed operation. Never sent.
    pub fn is_credentials(&self) -> bool {
        matches!(self.inner.kind, Kind::Credentials)
    }

    /// The connection failed.
    pub fn is_dispatch(&self) -> bool {
        matches!(self.inner.kind, Kind::Dispatch { .. })
    }

    /// A timeout ran out.
    pub fn is_timeout(&self) -> bool {
        matches!(self.inner.kind, Kind::Timeout(..))
    }

    /// Which timeout ran out, if one did.
    pub fn timeout_kind(&self) -> Option<TimeoutKind> {
        match self.inner.kind {
            Kind::Timeout(k, _) => Some(k),
            _ => None,
        }
    }

    /// A response came back but could not be decoded.
    pub fn is_response(&self) -> bool {
        matches!(self.inner.kind, Kind::Response(_))
    }

    /// The service answered with an error.
    pub fn is_service(&self) -> bool {
        matches!(self.inner.kind, Kind::Service(_))
    }

    /// A [paginator](crate::paginate) stopped on its own: the service sent
    /// the same pagination token twice, or the page cap was reached. The
    /// pages before it were yielded; the next one was never requested.
    pub fn is_pagination(&self) -> bool {
        matches!(self.inner.kind, Kind::Pagination(_))
    }

    /// Whether the service may have received the request (and acted on it)
    /// in any attempt: false only when no attempt was certainly sent. After
    /// an attempt that timed out and a retry that could not connect, this is
    /// true: the first may have been carried out.
    pub fn may_have_been_sent(&self) -> bool {
        self.inner.sent_earlier || !self.last_attempt_not_sent()
    }

    /// The typed service error, if the service answered with one.
    pub fn service_error(&self) -> Option<&E> {
        match &self.inner.kind {
            Kind::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The typed service error, or `self` back.
    ///
    /// # Errors
    ///
    /// Returns `self` when this is not a service error.
    pub fn into_service_error(self) -> Result<E, Self> {
        match self.inner.kind {
            Kind::Service(e) => Ok(e),
            kind => Err(Error {
                inner: Box::new(Inner {
                    kind,
                    ..*self.inner
                }),
            }),
        }
    }

    /// The details of an undecodable response.
    pub fn response_details(&self) -> Option<&ResponseDetails> {
        match &self.inner.kind {
            Kind::Response(d) => Some(d),
            _ => None,
        }
    }
}

impl<E: OperationError> Error<E> {
    /// The service's metadata (code, message, request id, status), for a
    /// service error.
    pub fn meta(&self) -> Option<&ErrorMeta> {
        self.service_error().map(E::meta)
    }

    /// The error code, for a service error.
    pub fn code(&self) -> Option<&str> {
        self.meta().map(ErrorMeta::code)
    }

    /// The request id of the last response, if any.
    pub fn request_id(&self) -> Option<&str> {
        match &self.inner.kind {
            Kind::Service(e) => e.meta().request_id(),
            Kind::Response(d) => d.request_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status of the last response, if any.
    pub fn status(&self) -> Option<u16> {
        match &self.inner.kind {
            Kind::Service(e) => Some(e.meta().status()),
            Kind::Response(d) => d.status,
            _ => None,
        }
    }
}

impl<E: OperationError> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = self.inner.operation;
        // The "was not sent" kinds say so only when no attempt was sent.
        let not_sent = if self.inner.sent_earlier {
            "may have been sent by an earlier attempt"
        } else {
            "was not sent"
        };
        match &self.inner.kind {
            Kind::Construction(why) => {
                write!(f, "{op} {not_sent}: {}", why.prefix())?;
                if let Some(source) = self.inner.source.as_deref().filter(|_| why.shows_source()) {
                    write!(f, "{source}")?;
                }
            }
            Kind::Credentials => write!(f, "{op} {not_sent}: no credentials to sign it with")?,
            Kind::Dispatch { connected: false } => write!(f, "{op} {not_sent}: could not connect")?,
            Kind::Dispatch { connected: true } => {
                write!(f, "{op} may have been sent: the connection failed")?
            }
            Kind::Timeout(kind, after) => {
                let which = match kind {
                    TimeoutKind::Connect => "connect",
                    TimeoutKind::Attempt => "attempt",
                    TimeoutKind::Operation => "operation",
                };
                write!(f, "{op} timed out: {which} timeout of {after:?}")?;
                if self.inner.sent_earlier && *kind == TimeoutKind::Connect {
                    f.write_str(" (an earlier attempt may have been sent)")?;
                }
            }
            Kind::Response(d) => {
                match d.status {
                    Some(status) => write!(
                        f,
                        "{op}: HTTP {status} response could not be decoded: {}",
                        d.reason
                    )?,
                    None => write!(f, "{op}: the response could not be read: {}", d.reason)?,
                }
                if let Some(id) = &d.request_id {
                    write!(f, " (request id {id})")?;
                }
                if let Some(excerpt) = &d.excerpt {
                    write!(f, "; body starts {excerpt:?}")?;
                }
            }
            Kind::Service(e) => write!(f, "{op}: {}", e.meta())?,
            Kind::Pagination(reason) => write!(f, "{op}: pagination stopped: {reason}")?,
        }
        if self.inner.attempts > 1 {
            write!(f, ", after {} attempts", self.inner.attempts)?;
        }
        if f.alternate() {
            // A source this line already shows is not repeated.
            let mut source = match &self.inner.kind {
                Kind::Construction(why) if why.shows_source() => {
                    StdError::source(self).and_then(StdError::source)
                }
                _ => StdError::source(self),
            };
            while let Some(s) = source {
                write!(f, ": {s}")?;
                source = s.source();
            }
        }
        Ok(())
    }
}

impl<E: OperationError> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("operation", &self.inner.operation);
        match &self.inner.kind {
            Kind::Construction(why) => d.field("kind", &"construction").field("why", why),
            Kind::Credentials => d.field("kind", &"credentials"),
            Kind::Dispatch { connected } => {
                d.field("kind", &"dispatch").field("connected", connected)
            }
            Kind::Timeout(k, after) => d.field("kind", k).field("after", after),
            Kind::Response(r) => d.field("kind", &"response").field("details", r),
            Kind::Service(e) => d.field("kind", &"service").field("error", e),
            Kind::Pagination(r) => d.field("kind", &"pagination").field("reason", r),
        };
        d.field("attempts", &self.inner.attempts);
        if self.inner.sent_earlier {
            d.field("sent_earlier", &true);
        }
        if let Some(s) = &self.inner.source {
            d.field("source", s);
        }
        d.finish()
    }
}

impl<E: OperationError> StdError for Error<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests;
