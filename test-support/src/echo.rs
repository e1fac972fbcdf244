//! An operation with sensitive inputs, and exceptions with members of every
//! kind, for the tests of secrets that a service echoes back (issue 10,
//! items 3 to 5): a client over a [`Recorder`], error texts, and every JSON
//! escaping of a string.
#![allow(dead_code, unreachable_pub, missing_docs)]

use std::collections::HashMap;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use awsop::Sensitive;
use awsop::error::{OperationError, UnhandledError};
use awsop::time::{DateTime, FixedClock};
use awsop::transport::{AsyncSleep, BoxFuture};
use awsop::wire::Document;

use crate::loopback::{Canned, Color, EveryType, PropsService, Recorder};

/// An operation with a sensitive member, a sensitive list and a plain one.
#[awsop::aws_operation(
    service = PropsService,
    target = "Echo",
    output = EveryType,
    error = EchoError,
    auth = none,
)]
pub struct Echo {
    pub password: Option<Sensitive<String>>,
    #[aws(sensitive)]
    pub tokens: Option<Vec<String>>,
    pub name: Option<String>,
}

/// An exception with a member of every kind that holds text.
#[awsop::aws_exception]
pub struct InvalidInputException {
    pub message: Option<String>,
    pub reason: Option<String>,
    pub field_list: Option<Vec<String>>,
    pub tags: Option<HashMap<String, String>>,
    pub detail: Option<Box<EveryType>>,
    pub color: Option<Color>,
    pub document: Option<Document>,
}

/// A throttling exception.
#[awsop::aws_exception(throttling)]
pub struct ThrottlingException {
    pub message: Option<String>,
}

/// The errors of [`Echo`].
#[awsop::aws_error]
pub enum EchoError {
    InvalidInputException(InvalidInputException),
    #[aws(code = "ThrottlingException")]
    Throttling(ThrottlingException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

/// `Echo` carrying `secrets`: the first as the password, the rest as tokens.
pub fn echo(secrets: &[String]) -> Echo {
    let mut op = Echo::new().name("not-a-secret");
    if let Some(first) = secrets.first() {
        op = op.password(first.as_str());
    }
    if secrets.len() > 1 {
        op = op.tokens(secrets[1..].to_vec());
    }
    op
}

#[derive(Debug, Default, Clone)]
struct InstantSleep;

impl AsyncSleep for InstantSleep {
    fn sleep(&self, _: Duration) -> BoxFuture<'static, ()> {
        Box::pin(async {})
    }
}

struct Unpark(std::thread::Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

fn block_on<F: Future>(f: F) -> F::Output {
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut f = pin!(f);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

/// Sends `op` through a client whose transport answers `script` in order
/// (a fixed clock, zero jitter, a timer that fires at once); returns the
/// result and the number of requests sent.
pub fn send(op: &Echo, script: Vec<Canned>) -> (Result<EveryType, awsop::Error<EchoError>>, usize) {
    let rec = Recorder::new(script.into_iter().map(Ok).collect());
    let client = awsop::Client::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .transport(rec.clone())
        .sleep_impl(InstantSleep)
        .clock(FixedClock::new(DateTime::from_secs(1_700_000_000)))
        .jitter(|| 0.0)
        .build()
        .unwrap();
    let result = block_on(client.send(op));
    (result, rec.requests().len())
}

/// Everything an error shows: `Display`, `{:#}`, `{:?}`, `{:#?}`, and the
/// `Display` and `Debug` of every error in its `source()` chain.
pub fn error_texts<E: OperationError>(err: &awsop::Error<E>) -> Vec<String> {
    let mut texts = vec![
        err.to_string(),
        format!("{err:#}"),
        format!("{err:?}"),
        format!("{err:#?}"),
    ];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        texts.push(s.to_string());
        texts.push(format!("{s:?}"));
        source = s.source();
    }
    texts
}

/// The forms a secret takes in printed text: as written, escaped once by
/// `Debug` (a string inside `{:?}`) and twice (a serde message quoted in
/// `{:?}`), and JSON-escaped.
pub fn printed_forms(secret: &str) -> Vec<String> {
    let once: String = secret.escape_debug().collect();
    let twice: String = once.escape_debug().collect();
    let json = serde_json::to_string(secret).unwrap();
    let json = json[1..json.len() - 1].to_owned();
    vec![secret.to_owned(), once, twice, json]
}

/// The first text and form in which `secret` shows, if it does.
pub fn leak(texts: &[String], secret: &str) -> Option<(String, String)> {
    for form in printed_forms(secret) {
        if let Some(t) = texts.iter().find(|t| t.contains(&form)) {
            return Some((form, t.clone()));
        }
    }
    None
}

/// How a server may escape a string in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escaping {
    /// Only what JSON requires: `"`, `\` and control characters.
    Minimal,
    /// Also every non-ASCII character as `\uXXXX` (lowercase hex; a
    /// surrogate pair above the BMP), as Python's `json.dumps` does.
    Ascii,
    /// Every character as `\uXXXX`, in uppercase hex.
    AllUpper,
    /// Also `/` as `\/`, as PHP and some Java encoders do.
    Slash,
    /// Also `&`, `<`, `>` as `\u0026`, `\u003c`, `\u003e`, as Go does.
    Go,
}

pub const ESCAPINGS: [Escaping; 5] = [
    Escaping::Minimal,
    Escaping::Ascii,
    Escaping::AllUpper,
    Escaping::Slash,
    Escaping::Go,
];

fn units(c: char, upper: bool) -> String {
    let mut buf = [0u16; 2];
    c.encode_utf16(&mut buf)
        .iter()
        .map(|u| {
            if upper {
                format!("\\u{u:04X}")
            } else {
                format!("\\u{u:04x}")
            }
        })
        .collect()
}

/// `s` as the inside of a JSON string, escaped as `how` says.
pub fn escape(s: &str, how: Escaping) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match (how, c) {
            (Escaping::AllUpper, c) => out.push_str(&units(c, true)),
            (_, '"') => out.push_str("\\\""),
            (_, '\\') => out.push_str("\\\\"),
            (_, c) if (c as u32) < 0x20 => out.push_str(&units(c, false)),
            (Escaping::Ascii, c) if !c.is_ascii() => out.push_str(&units(c, false)),
            (Escaping::Slash, '/') => out.push_str("\\/"),
            (Escaping::Go, '&' | '<' | '>') => out.push_str(&units(c, false)),
            (_, c) => out.push(c),
        }
    }
    out
}

/// `s` as the inside of a JSON string, each character written as `\uXXXX`
/// where `mask` (repeated) says so, else escaped as JSON requires.
pub fn escape_mixed(s: &str, mask: &[bool]) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask.is_empty() || !mask[i % mask.len()] {
                escape(&c.to_string(), Escaping::Minimal)
            } else {
                units(c, i % 2 == 0)
            }
        })
        .collect()
}

/// `s` with every character that is not ASCII alphanumeric written as an
/// HTML numeric character reference, decimal or hex by turns.
pub fn escape_html(s: &str) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| match c {
            c if c.is_ascii_alphanumeric() => c.to_string(),
            c if i % 2 == 0 => format!("&#{};", c as u32),
            c => format!("&#x{:x};", c as u32),
        })
        .collect()
}

/// `s` percent-encoded: every byte that is not ASCII alphanumeric.
pub fn escape_percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
