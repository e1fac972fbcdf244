#![allow(clippy::unwrap_used)]
//! Redaction proof for the whole annotated Cognito service: for every
//! operation, every sensitive member of the input (strings, maps, members of
//! nested and sensitive structures) is filled with its own random marker, and
//! every sensitive member of the output too. Each marker must reach the wire
//! (`build_request`, and the decoded output re-encoded), and none may appear
//! in `Debug` of the input or the output, in the `Display`/`Debug` of the
//! error a service gives when its message echoes the whole request body, or
//! in anything `tracing` records at trace level while sending.
//!
//! 17 operations; the shapes with sensitive members they reach, all covered:
//! the 17 inputs' 13 with sensitive members, 8 outputs (`AdminGetUserResponse`,
//! `GetUserResponse`, `SignUpResponse`, `InitiateAuthResponse`,
//! `RespondToAuthChallengeResponse`, `AssociateSoftwareTokenResponse`,
//! `VerifySoftwareTokenResponse`, and through nesting `ListUsersResponse`,
//! `AdminCreateUserResponse`, `CreateUserPoolClientResponse`), and the shared
//! `AttributeType`, `UserType`, `UserContextDataType` (sensitive as a whole),
//! `AuthenticationResultType` and `UserPoolClientType`.

use std::collections::{HashMap, VecDeque};
use std::fmt::{self, Debug, Write as _};
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use awsop::operation::Operation;
use awsop::transport::{BoxFuture, Limits, Transport, TransportError};
use awsop::{Client, Credentials, protocol, wire};
use cognito_totp::cognito::*;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

// --- markers ----------------------------------------------------------------

/// Hands out markers that share one random prefix: `RDX<random>N<i>Z`.
struct Marks {
    prefix: String,
    issued: Mutex<Vec<String>>,
}

impl Marks {
    fn new() -> Marks {
        // std's RandomState is seeded from the OS: a fresh random prefix.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u8(0);
        Marks {
            prefix: format!("RDX{:016x}", h.finish()),
            issued: Mutex::default(),
        }
    }
    fn next(&self) -> String {
        let mut issued = self.issued.lock().unwrap();
        let m = format!("{}N{}Z", self.prefix, issued.len());
        issued.push(m.clone());
        m
    }
    fn taken(&self) -> Vec<String> {
        std::mem::take(&mut *self.issued.lock().unwrap())
    }
}

// --- a transport that answers from a script ---------------------------------

enum Reply {
    /// This status and body.
    Json(u16, String),
    /// 400 NotAuthorizedException whose message quotes the request body.
    Echo,
}

#[derive(Clone, Default)]
struct Scripted {
    replies: Arc<Mutex<VecDeque<Reply>>>,
}

impl Debug for Scripted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Scripted")
    }
}

impl Transport for Scripted {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        _: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        let reply = self.replies.lock().unwrap().pop_front().unwrap();
        let (status, body, request_id) = match reply {
            Reply::Json(status, body) => (status, body, "rid".to_owned()),
            Reply::Echo => {
                let sent = String::from_utf8(request.into_body()).unwrap();
                let echo = sent.replace('\\', "\\\\").replace('"', "\\\"");
                // The request id echoes the request too, where it can be a
                // header value: it reaches the error and the trace.
                let request_id = if http::HeaderValue::from_str(&sent).is_ok() {
                    sent
                } else {
                    "rid".to_owned()
                };
                (
                    400,
                    format!(r#"{{"__type":"NotAuthorizedException","message":"{echo}"}}"#),
                    request_id,
                )
            }
        };
        Box::pin(async move {
            Ok(http::Response::builder()
                .status(status)
                .header("content-type", "application/x-amz-json-1.1")
                .header("x-amzn-requestid", request_id)
                .body(body.into_bytes())
                .unwrap())
        })
    }
}

// --- a subscriber that records every field of every span and event ----------

#[derive(Clone, Default)]
struct Capture {
    text: Arc<Mutex<String>>,
    ids: Arc<AtomicU64>,
}

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        let _ = write!(self.0, " {}={value}", field.name());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut text = self.text.lock().unwrap();
        let _ = write!(text, "\nspan {}", span.metadata().name());
        span.record(&mut Fields(&mut text));
        Id::from_u64(self.ids.fetch_add(1, Ordering::Relaxed) + 1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Fields(&mut self.text.lock().unwrap()));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut text = self.text.lock().unwrap();
        let _ = write!(text, "\nevent {}", event.metadata().target());
        event.record(&mut Fields(&mut text));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

// --- the check --------------------------------------------------------------

fn client(transport: Scripted) -> Client {
    Client::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "test",
        ))
        .transport(transport)
        .jitter(|| 0.0)
        .build()
        .unwrap()
}

fn assert_hidden(marks: &Marks, what: &str, text: &str) {
    assert!(
        !text.contains(&marks.prefix),
        "{what} shows a sensitive value: {text}"
    );
}

/// `op` carries `inputs` (its sensitive values); `output` is a response
/// body carrying `outputs`.
async fn check<O>(marks: &Marks, op: O, inputs: Vec<String>, output: String, outputs: Vec<String>)
where
    O: Operation + Debug,
    O::Output: Debug + wire::WireSer,
    O::Error: Debug,
{
    let name = O::NAME;
    // The wire has every input marker; Debug none.
    let request =
        protocol::build_request(&op, "https://cognito-idp.us-east-1.amazonaws.com").unwrap();
    let body = String::from_utf8(request.body().clone()).unwrap();
    for m in &inputs {
        assert!(
            body.contains(m.as_str()),
            "{name}: {m} not on the wire: {body}"
        );
    }
    assert_hidden(marks, &format!("{name} Debug"), &format!("{op:?} {op:#?}"));

    // Decoding: every output marker reaches the output, none its Debug.
    let decoded =
        protocol::decode_response::<O>(200, &http::HeaderMap::new(), output.as_bytes(), &[])
            .unwrap();
    let again = String::from_utf8(wire::to_vec(&decoded).unwrap()).unwrap();
    for m in &outputs {
        assert!(
            again.contains(m.as_str()),
            "{name}: {m} lost in decoding: {again}"
        );
    }
    assert_hidden(
        marks,
        &format!("{name} output Debug"),
        &format!("{decoded:?} {decoded:#?}"),
    );

    // Through a client, with every span and event recorded: a success, then
    // an error that echoes the request.
    let capture = Capture::default();
    let transport = Scripted::default();
    transport
        .replies
        .lock()
        .unwrap()
        .extend([Reply::Json(200, output), Reply::Echo]);
    let client = client(transport);
    let guard = tracing::subscriber::set_default(capture.clone());
    let out = client.send(&op).await.unwrap();
    let err = client.send(&op).await.unwrap_err();
    drop(guard);
    assert_hidden(marks, &format!("{name} sent output"), &format!("{out:?}"));
    assert!(err.is_service(), "{name}: {err:?}");
    assert_eq!(err.code(), Some("NotAuthorizedException"));
    assert_hidden(
        marks,
        &format!("{name} error"),
        &format!("{err} {err:?} {err:#} {:?}", err.service_error()),
    );
    let logged = capture.text.lock().unwrap().clone();
    assert!(logged.contains("span awsop.operation"), "{logged}");
    assert!(logged.contains("event"), "{logged}");
    // The response event, with the (echoing) request id, was recorded.
    assert!(logged.contains("request_id="), "{logged}");
    assert_hidden(marks, &format!("{name} trace"), &logged);
    if !inputs.is_empty() {
        // The echo did quote the secrets: the runtime scrubbed them.
        assert!(err.to_string().contains(awsop::REDACTED), "{name}: {err}");
    }
}

fn attrs(marks: &Marks) -> Vec<AttributeType> {
    vec![
        AttributeType::new("email").value(marks.next().as_str()),
        AttributeType::new("phone_number").value(marks.next().as_str()),
    ]
}

fn context(marks: &Marks) -> UserContextDataType {
    UserContextDataType::new()
        .ip_address(marks.next())
        .encoded_data(marks.next())
}

fn secret_map(marks: &Marks) -> HashMap<String, String> {
    HashMap::from([
        ("USERNAME".to_owned(), marks.next()),
        ("PASSWORD".to_owned(), marks.next()),
    ])
}

/// An output body's `"Attributes":[...]` of two marked values.
fn attrs_json(marks: &Marks, key: &str) -> String {
    format!(
        r#""{key}":[{{"Name":"email","Value":"{}"}},{{"Name":"sub","Value":"{}"}}]"#,
        marks.next(),
        marks.next()
    )
}

fn auth_result(marks: &Marks) -> String {
    format!(
        r#""AuthenticationResult":{{"AccessToken":"{}","ExpiresIn":3600,"TokenType":"Bearer","RefreshToken":"{}","IdToken":"{}","NewDeviceMetadata":{{"DeviceKey":"k"}}}}"#,
        marks.next(),
        marks.next(),
        marks.next()
    )
}

fn user(marks: &Marks) -> String {
    format!(
        r#"{{"Username":"{}",{},"Enabled":true,"UserStatus":"CONFIRMED"}}"#,
        marks.next(),
        attrs_json(marks, "Attributes")
    )
}

// --- one test per operation -------------------------------------------------

#[tokio::test]
async fn create_user_pool() {
    let m = Marks::new();
    let op = CreateUserPool::new("pool")
        .user_pool_tags(HashMap::from([("team".to_owned(), "auth".to_owned())]));
    let out = r#"{"UserPool":{"Id":"us-east-1_x","Name":"pool"}}"#.to_owned();
    check(&m, op, vec![], out, vec![]).await;
}

#[tokio::test]
async fn set_user_pool_mfa_config() {
    let m = Marks::new();
    let op = SetUserPoolMfaConfig::new("us-east-1_x")
        .software_token_mfa_configuration(SoftwareTokenMfaConfigType::new().enabled(true));
    check(&m, op, vec![], "{}".into(), vec![]).await;
}

#[tokio::test]
async fn create_user_pool_client() {
    let m = Marks::new();
    let op = CreateUserPoolClient::new("us-east-1_x", "app").client_secret(m.next().as_str());
    let inputs = m.taken();
    let out = format!(
        r#"{{"UserPoolClient":{{"UserPoolId":"us-east-1_x","ClientName":"app","ClientId":"{}","ClientSecret":"{}"}}}}"#,
        m.next(),
        m.next()
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn admin_create_user() {
    let m = Marks::new();
    let op = AdminCreateUser::new("us-east-1_x", m.next().as_str())
        .user_attributes(attrs(&m))
        .validation_data(attrs(&m))
        .temporary_password(m.next().as_str());
    let inputs = m.taken();
    let out = format!(r#"{{"User":{}}}"#, user(&m));
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn admin_set_user_password() {
    let m = Marks::new();
    let op = AdminSetUserPassword::new("us-east-1_x", m.next().as_str(), m.next().as_str())
        .permanent(true);
    let inputs = m.taken();
    check(&m, op, inputs, "{}".into(), vec![]).await;
}

#[tokio::test]
async fn admin_get_user() {
    let m = Marks::new();
    let op = AdminGetUser::new("us-east-1_x", m.next().as_str());
    let inputs = m.taken();
    let out = format!(
        r#"{{"Username":"{}",{},"Enabled":true}}"#,
        m.next(),
        attrs_json(&m, "UserAttributes")
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn sign_up() {
    let m = Marks::new();
    let op = SignUp::new(m.next().as_str(), m.next().as_str())
        .secret_hash(m.next().as_str())
        .password(m.next().as_str())
        .user_attributes(attrs(&m))
        .validation_data(attrs(&m))
        .user_context_data(context(&m))
        .client_metadata(HashMap::from([("k".to_owned(), "v".to_owned())]));
    let inputs = m.taken();
    let out = format!(
        r#"{{"UserConfirmed":false,"UserSub":"sub-1","Session":"{}"}}"#,
        m.next()
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn admin_confirm_sign_up() {
    let m = Marks::new();
    let op = AdminConfirmSignUp::new("us-east-1_x", m.next().as_str());
    let inputs = m.taken();
    check(&m, op, inputs, "{}".into(), vec![]).await;
}

#[tokio::test]
async fn initiate_auth() {
    let m = Marks::new();
    let op = InitiateAuth::new(AuthFlowType::UserSrpAuth, m.next().as_str())
        .auth_parameters(secret_map(&m))
        .user_context_data(context(&m))
        .session(m.next().as_str());
    let inputs = m.taken();
    let out = format!(
        r#"{{"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"{}",{}}}"#,
        m.next(),
        auth_result(&m)
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn respond_to_auth_challenge() {
    let m = Marks::new();
    let op = RespondToAuthChallenge::new(m.next().as_str(), ChallengeNameType::SoftwareTokenMfa)
        .session(m.next().as_str())
        .challenge_responses(secret_map(&m))
        .user_context_data(context(&m));
    let inputs = m.taken();
    let out = format!(r#"{{"Session":"{}",{}}}"#, m.next(), auth_result(&m));
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn associate_software_token() {
    let m = Marks::new();
    let op = AssociateSoftwareToken::new()
        .access_token(m.next().as_str())
        .session(m.next().as_str());
    let inputs = m.taken();
    let out = format!(
        r#"{{"SecretCode":"{}","Session":"{}"}}"#,
        m.next(),
        m.next()
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn verify_software_token() {
    let m = Marks::new();
    let op = VerifySoftwareToken::new(m.next().as_str())
        .access_token(m.next().as_str())
        .session(m.next().as_str())
        .friendly_device_name("phone");
    let inputs = m.taken();
    let out = format!(r#"{{"Status":"SUCCESS","Session":"{}"}}"#, m.next());
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn set_user_mfa_preference() {
    let m = Marks::new();
    let op = SetUserMFAPreference::new(m.next().as_str()).software_token_mfa_settings(
        SoftwareTokenMfaSettingsType::new()
            .enabled(true)
            .preferred_mfa(true),
    );
    let inputs = m.taken();
    check(&m, op, inputs, "{}".into(), vec![]).await;
}

#[tokio::test]
async fn get_user() {
    let m = Marks::new();
    let op = GetUser::new(m.next().as_str());
    let inputs = m.taken();
    let out = format!(
        r#"{{"Username":"{}",{}}}"#,
        m.next(),
        attrs_json(&m, "UserAttributes")
    );
    check(&m, op, inputs, out, m.taken()).await;
}

#[tokio::test]
async fn admin_delete_user() {
    let m = Marks::new();
    let op = AdminDeleteUser::new("us-east-1_x", m.next().as_str());
    let inputs = m.taken();
    check(&m, op, inputs, "{}".into(), vec![]).await;
}

#[tokio::test]
async fn delete_user_pool() {
    let m = Marks::new();
    check(
        &m,
        DeleteUserPool::new("us-east-1_x"),
        vec![],
        "{}".into(),
        vec![],
    )
    .await;
}

#[tokio::test]
async fn list_users() {
    let m = Marks::new();
    let op = ListUsers::new("us-east-1_x").limit(2);
    let out = format!(
        r#"{{"Users":[{},{}],"PaginationToken":"p"}}"#,
        user(&m),
        user(&m)
    );
    check(&m, op, vec![], out, m.taken()).await;
}
