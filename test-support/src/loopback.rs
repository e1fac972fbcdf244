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
    fn from_response(meta: ErrorMeta, _body: &[u8], _secrets: &awsop::sensitive::Scrubber) -> Self {
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
    /// Check the request's `X-Amz-Date` against the server's own clock,
    /// `server_now`, as AWS does: within 5 minutes, answer `ok`; otherwise
    /// (or with no `X-Amz-Date`) answer 400 `InvalidSignatureException`.
    /// Both answers carry `Date: server_now`.
    CheckSigningTime {
        server_now: awsop::time::DateTime,
        ok: Canned,
    },
}

/// A loopback HTTP/1.1 server following a script, one act per request; it
/// counts connections and acts taken (attempts, resets before reading
/// included) and keeps each request's head.
pub struct Server {
    pub addr: std::net::SocketAddr,
    pub connections: Arc<AtomicUsize>,
    pub acts: Arc<AtomicUsize>,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// For each request, the number (from 0, in accept order) of the
    /// connection it came on.
    pub request_connections: Arc<Mutex<Vec<usize>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start(script: Vec<Act>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let connections = Arc::new(AtomicUsize::new(0));
        let acts = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let request_connections = Arc::new(Mutex::new(Vec::new()));
        let (c, a, r) = (connections.clone(), acts.clone(), requests.clone());
        let rc = request_connections.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let id = c.fetch_add(1, Ordering::SeqCst);
                let (script, a, r) = (script.clone(), a.clone(), r.clone());
                let rc = rc.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, script, a, (r, rc, id)).await;
                });
            }
        });
        Server {
            addr,
            connections,
            acts,
            requests,
            request_connections,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn request_count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// How many connections carried requests `from..`.
    pub fn connections_used(&self, from: usize) -> usize {
        let ids = self.request_connections.lock().unwrap();
        ids.get(from..)
            .unwrap_or(&[])
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    }

    /// Acts taken so far: one per attempt that reached the server.
    pub fn acts_taken(&self) -> usize {
        self.acts.load(Ordering::SeqCst)
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

/// Where a connection logs its requests: the heads, the connection number
/// of each, and its own number.
type Log = (Arc<Mutex<Vec<String>>>, Arc<Mutex<Vec<usize>>>, usize);

/// The `X-Amz-Date` of a request head, as a time.
fn amz_date(head: &str) -> Option<awsop::time::DateTime> {
    let v = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("x-amz-date").then(|| v.trim())
    })?;
    // 20251201T120000Z -> 2025-12-01T12:00:00Z
    if v.len() != 16 || !v.is_ascii() {
        return None;
    }
    let iso = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &v[0..4],
        &v[4..6],
        &v[6..8],
        &v[9..11],
        &v[11..13],
        &v[13..15]
    );
    awsop::time::DateTime::parse_date_time(&iso).ok()
}

async fn serve(
    mut stream: TcpStream,
    script: Arc<Mutex<VecDeque<Act>>>,
    acts: Arc<AtomicUsize>,
    (requests, request_connections, id): Log,
) -> std::io::Result<()> {
    // Heads and bodies go out as separate writes: without this, Nagle's
    // algorithm and the client's delayed ACK add 40 ms to each response.
    stream.set_nodelay(true)?;
    loop {
        {
            let mut script = script.lock().unwrap();
            if let Some(Act::ResetBeforeRead) = script.front() {
                script.pop_front();
                acts.fetch_add(1, Ordering::SeqCst);
                return Ok(());
            }
        }
        let Some(head) = read_request(&mut stream).await? else {
            return Ok(());
        };
        let act = script
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Act::Respond(Canned::json(
                500,
                "{\"__type\":\"ScriptExhausted\"}",
            )));
        acts.fetch_add(1, Ordering::SeqCst);
        let signing_time = amz_date(&head);
        requests.lock().unwrap().push(head);
        request_connections.lock().unwrap().push(id);
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
            Act::CheckSigningTime { server_now, ok } => {
                let date = ("date".to_owned(), server_now.fmt_http_date());
                let fresh =
                    signing_time.is_some_and(|t| t.seconds_since(&server_now).abs() <= 300.0);
                let mut c = if fresh {
                    ok
                } else {
                    Canned::json(
                        400,
                        r#"{"__type":"InvalidSignatureException","message":"Signature expired"}"#,
                    )
                };
                c.headers.push(date);
                stream.write_all(&write_head(&c, c.body.len())).await?;
                stream.write_all(&c.body).await?;
            }
        }
    }
}

/// ListUsers, cut down to a paginated operation: a `PaginationToken` in, a
/// page of `Users` and the next `PaginationToken` out.
#[derive(Clone, Default, Debug)]
pub struct ListUsers {
    pub user_pool_id: String,
    pub pagination_token: Option<String>,
}

impl WireSer for ListUsers {
    fn ser<S: serde::Serializer>(&self, s: S, f: Format) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("UserPoolId", &Ser(&self.user_pool_id, f))?;
        if let Some(v) = &self.pagination_token {
            m.serialize_entry("PaginationToken", &Ser(v, f))?;
        }
        m.end()
    }
}

impl VisitSecrets for ListUsers {
    fn all_strings(&self, visit: &mut dyn FnMut(&str)) {
        visit(&self.user_pool_id);
        if let Some(t) = &self.pagination_token {
            visit(t);
        }
    }
}

impl Operation for ListUsers {
    type Output = ListUsersResponse;
    type Error = AssociateSoftwareTokenError;
    const SERVICE: &'static ServiceMeta = &COGNITO;
    const NAME: &'static str = "ListUsers";
    const TARGET: &'static str = "AWSCognitoIdentityProviderService.ListUsers";
    const AUTH: Auth = Auth::None;
}

#[derive(Clone, Default, Debug)]
pub struct ListUsersResponse {
    pub users: Option<Vec<String>>,
    pub pagination_token: Option<String>,
}

impl WireDe for ListUsersResponse {
    fn de<'de, D: serde::Deserializer<'de>>(d: D, f: Format) -> Result<Self, D::Error> {
        struct V(Format);
        impl<'de> Visitor<'de> for V {
            type Value = ListUsersResponse;
            fn expecting(&self, fm: &mut fmt::Formatter<'_>) -> fmt::Result {
                fm.write_str("ListUsersResponse")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = ListUsersResponse::default();
                while let Some(k) = map.next_key::<Key<'de>>()? {
                    match k.as_str() {
                        "Users" => out.users = map.next_value_seed(Seed::new(self.0))?,
                        "PaginationToken" => {
                            out.pagination_token = map.next_value_seed(Seed::new(self.0))?
                        }
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

impl OperationOutput for ListUsersResponse {}

/// A page of `users` with an optional next token, as JSON.
pub fn users_page(users: &[&str], token: Option<&str>) -> Canned {
    let mut body = serde_json::json!({ "Users": users });
    if let Some(t) = token {
        body["PaginationToken"] = serde_json::Value::from(t);
    }
    Canned::json(200, &body.to_string())
}

// --- an annotated service with every member type (issue 5) ------------------

/// A service for the property and fault tests: awsJson 1.0, signed.
#[awsop::aws_service(
    protocol = awsJson1_0,
    target_prefix = "Props_20250101",
    endpoint_prefix = "props",
    service_id = "Props",
)]
pub struct PropsService;

/// An operation whose input and output are [`EveryType`].
#[awsop::aws_operation(
    service = PropsService,
    target = "Everything",
    output = EveryType,
    error = awsop::error::UnhandledError,
    auth = none,
)]
pub struct Everything {
    pub value: Option<EveryType>,
}

/// An enum member.
#[awsop::aws_enum]
pub enum Color {
    #[aws(value = "RED")]
    Red,
    #[aws(value = "GREEN")]
    Green,
    #[aws(other)]
    Unknown(String),
}

/// A structure with a member of every type the wire knows, nested in itself.
#[awsop::aws_shape]
pub struct EveryType {
    pub name: String,
    pub string: Option<String>,
    pub boolean: Option<bool>,
    pub byte: Option<i8>,
    pub short: Option<i16>,
    pub integer: Option<i32>,
    pub long: Option<i64>,
    pub float: Option<f32>,
    pub double: Option<f64>,
    pub blob: Option<awsop::wire::Blob>,
    pub epoch: Option<awsop::time::DateTime>,
    #[aws(timestamp_format = "date-time")]
    pub iso: Option<awsop::time::DateTime>,
    #[aws(timestamp_format = "http-date")]
    pub http_date: Option<awsop::time::DateTime>,
    pub list: Option<Vec<String>>,
    pub map: Option<std::collections::HashMap<String, i32>>,
    pub sorted: Option<std::collections::BTreeMap<String, bool>>,
    pub document: Option<awsop::wire::Document>,
    pub color: Option<Color>,
    pub secret: Option<Sensitive<String>>,
    #[aws(sensitive)]
    pub secret_map: Option<std::collections::HashMap<String, String>>,
    pub nested: Option<Box<EveryType>>,
    pub nested_list: Option<Vec<EveryType>>,
}

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl Default for TempDir {
    fn default() -> Self {
        TempDir::new()
    }
}

impl TempDir {
    pub fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "awsop-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn write(&self, name: &str, text: &str) -> String {
        self.write_bytes(name, text.as_bytes())
    }
    pub fn write_bytes(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
