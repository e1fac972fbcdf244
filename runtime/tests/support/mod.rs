//! Test support: a hand-written operation (what the macros generate), a
//! recording transport, and a scripted loopback HTTP server.
#![allow(dead_code, unreachable_pub, missing_docs)]

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsop::Sensitive;
use awsop::error::{ErrorMeta, OperationError, RetryKind};
use awsop::operation::{Auth, Operation, OperationOutput, Protocol, ServiceMeta};
use awsop::sensitive::VisitSecrets;
use awsop::transport::{BoxFuture, Limits, Transport, TransportError};
use awsop::wire::{Format, Key, Seed, Ser, WireDe, WireSer};
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const COGNITO: ServiceMeta = ServiceMeta::new(
    Protocol::AwsJson1_1,
    "AWSCognitoIdentityProviderService",
    "cognito-idp",
    "cognito-idp",
    "Cognito Identity Provider",
);

/// AssociateSoftwareToken, written out by hand as the macro would.
#[derive(Clone, Default, Debug)]
pub struct AssociateSoftwareToken {
    pub access_token: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
}

impl WireSer for AssociateSoftwareToken {
    fn ser<S: serde::Serializer>(&self, s: S, f: Format) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(v) = &self.access_token {
            m.serialize_entry("AccessToken", &Ser(v, f))?;
        }
        if let Some(v) = &self.session {
            m.serialize_entry("Session", &Ser(v, f))?;
        }
        m.end()
    }
}

impl VisitSecrets for AssociateSoftwareToken {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.access_token.all_strings(visit);
        self.session.all_strings(visit);
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.all_strings(visit);
    }
}

impl Operation for AssociateSoftwareToken {
    type Output = AssociateSoftwareTokenOutput;
    type Error = AssociateSoftwareTokenError;
    const SERVICE: &'static ServiceMeta = &COGNITO;
    const NAME: &'static str = "AssociateSoftwareToken";
    const TARGET: &'static str = "AWSCognitoIdentityProviderService.AssociateSoftwareToken";
    const AUTH: Auth = Auth::None;
}

/// The same body, signed: stands in for any SigV4 operation.
#[derive(Clone, Default, Debug)]
pub struct SignedOp(pub AssociateSoftwareToken);

impl WireSer for SignedOp {
    fn ser<S: serde::Serializer>(&self, s: S, f: Format) -> Result<S::Ok, S::Error> {
        self.0.ser(s, f)
    }
}

impl VisitSecrets for SignedOp {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.0.all_strings(visit)
    }
    fn sensitive_strings(&self, visit: &mut dyn FnMut(&str)) {
        self.0.sensitive_strings(visit)
    }
}

impl Operation for SignedOp {
    type Output = AssociateSoftwareTokenOutput;
    type Error = AssociateSoftwareTokenError;
    const SERVICE: &'static ServiceMeta = &COGNITO;
    const NAME: &'static str = "AdminGetUser";
    const TARGET: &'static str = "AWSCognitoIdentityProviderService.AdminGetUser";
    const AUTH: Auth = Auth::SigV4;
}

#[derive(Clone, Default, Debug)]
pub struct AssociateSoftwareTokenOutput {
    pub secret_code: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
    pub status: u16,
    pub request_id: Option<String>,
}

impl WireDe for AssociateSoftwareTokenOutput {
    fn de<'de, D: serde::Deserializer<'de>>(d: D, f: Format) -> Result<Self, D::Error> {
        struct V(Format);
        impl<'de> Visitor<'de> for V {
            type Value = AssociateSoftwareTokenOutput;
            fn expecting(&self, fm: &mut fmt::Formatter<'_>) -> fmt::Result {
                fm.write_str("AssociateSoftwareTokenResponse")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = AssociateSoftwareTokenOutput::default();
                while let Some(k) = map.next_key::<Key<'de>>()? {
                    match k.as_str() {
                        "SecretCode" => out.secret_code = map.next_value_seed(Seed::new(self.0))?,
                        "Session" => out.session = map.next_value_seed(Seed::new(self.0))?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(V(f))
    }
}

impl OperationOutput for AssociateSoftwareTokenOutput {
    fn set_response_meta(&mut self, status: u16, request_id: Option<&str>) {
        self.status = status;
        self.request_id = request_id.map(str::to_owned);
    }
}

#[derive(Debug, Clone)]
pub enum AssociateSoftwareTokenError {
    NotAuthorized(ErrorMeta),
    LimitExceeded(ErrorMeta),
    Unhandled(ErrorMeta),
}

impl fmt::Display for AssociateSoftwareTokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.meta(), f)
    }
}

impl std::error::Error for AssociateSoftwareTokenError {}

impl OperationError for AssociateSoftwareTokenError {
    fn from_response(meta: ErrorMeta, _body: &[u8]) -> Self {
        match meta.code() {
            "NotAuthorizedException" => Self::NotAuthorized(meta),
            "LimitExceededException" => Self::LimitExceeded(meta),
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &ErrorMeta {
        match self {
            Self::NotAuthorized(m) | Self::LimitExceeded(m) | Self::Unhandled(m) => m,
        }
    }
    fn retry_kind(&self) -> Option<RetryKind> {
        match self {
            Self::LimitExceeded(_) => Some(RetryKind::Throttling),
            _ => None,
        }
    }
}

pub fn op(token: &str) -> AssociateSoftwareToken {
    AssociateSoftwareToken {
        access_token: Some(Sensitive::from(token)),
        session: None,
    }
}

/// A canned response.
#[derive(Clone, Debug)]
pub struct Canned {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Canned {
    pub fn json(status: u16, body: &str) -> Self {
        Canned {
            status,
            headers: vec![("content-type".into(), "application/x-amz-json-1.1".into())],
            body: body.as_bytes().to_vec(),
        }
    }
    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }
}

/// A transport that answers from a script and records what it was sent.
#[derive(Clone, Default)]
pub struct Recorder {
    pub script: Arc<Mutex<VecDeque<Result<Canned, awsop::transport::TransportErrorKind>>>>,
    pub requests: Arc<Mutex<Vec<http::Request<Vec<u8>>>>>,
}

impl fmt::Debug for Recorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Recorder")
    }
}

impl Recorder {
    pub fn new(script: Vec<Result<Canned, awsop::transport::TransportErrorKind>>) -> Self {
        Recorder {
            script: Arc::new(Mutex::new(script.into())),
            requests: Arc::default(),
        }
    }
    pub fn requests(&self) -> Vec<http::Request<Vec<u8>>> {
        self.requests.lock().unwrap().clone()
    }
}

impl Transport for Recorder {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        _limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        self.requests.lock().unwrap().push(request);
        let next = self
            .script
            .lock()
            .unwrap()
            .pop_front()
            .expect("the script has a response for every request");
        Box::pin(async move {
            let canned = next.map_err(TransportError::from_kind)?;
            let mut b = http::Response::builder().status(canned.status);
            for (k, v) in &canned.headers {
                b = b.header(k, v);
            }
            Ok(b.body(canned.body).unwrap())
        })
    }
}

/// What the loopback server does with one request.
#[derive(Clone, Debug)]
pub enum Act {
    /// Read the request, then answer.
    Respond(Canned),
    /// Close the connection without reading the request.
    ResetBeforeRead,
    /// Read the request, then close without answering.
    ResetAfterRead,
    /// Read the request, then wait this long before answering.
    Stall(Duration, Canned),
    /// Send headers claiming a longer body than is sent, then close.
    CutBody(Canned),
}

/// A loopback HTTP/1.1 server following a script, one act per request; it
/// counts connections and keeps each request's head.
pub struct Server {
    pub addr: std::net::SocketAddr,
    pub connections: Arc<AtomicUsize>,
    pub requests: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start(script: Vec<Act>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let connections = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (c, r) = (connections.clone(), requests.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                c.fetch_add(1, Ordering::SeqCst);
                let (script, r) = (script.clone(), r.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, script, r).await;
                });
            }
        });
        Server {
            addr,
            connections,
            requests,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn request_count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn read_request(stream: &mut TcpStream) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
        assert!(buf.len() < 1 << 20, "request head too large");
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(Some(head))
}

fn write_head(c: &Canned, content_length: usize) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {} X\r\ncontent-length: {content_length}\r\n",
        c.status
    );
    for (k, v) in &c.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.into_bytes()
}

async fn serve(
    mut stream: TcpStream,
    script: Arc<Mutex<VecDeque<Act>>>,
    requests: Arc<Mutex<Vec<String>>>,
) -> std::io::Result<()> {
    loop {
        let peeked = script.lock().unwrap().front().cloned();
        if let Some(Act::ResetBeforeRead) = peeked {
            script.lock().unwrap().pop_front();
            return Ok(());
        }
        let Some(head) = read_request(&mut stream).await? else {
            return Ok(());
        };
        requests.lock().unwrap().push(head);
        let act = script
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Act::Respond(Canned::json(
                500,
                "{\"__type\":\"ScriptExhausted\"}",
            )));
        match act {
            Act::Respond(c) => {
                stream.write_all(&write_head(&c, c.body.len())).await?;
                stream.write_all(&c.body).await?;
            }
            Act::ResetBeforeRead | Act::ResetAfterRead => return Ok(()),
            Act::Stall(d, c) => {
                tokio::time::sleep(d).await;
                stream.write_all(&write_head(&c, c.body.len())).await?;
                stream.write_all(&c.body).await?;
            }
            Act::CutBody(c) => {
                stream
                    .write_all(&write_head(&c, c.body.len() + 100))
                    .await?;
                stream.write_all(&c.body).await?;
                return Ok(());
            }
        }
    }
}
