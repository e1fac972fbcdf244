#![allow(clippy::unwrap_used, clippy::expect_used)]
//! End to end against moto 5.2.5, started by the test itself
//! ([`Moto::shared`]); if moto cannot be installed or started these tests fail
//! and say why.
//!
//! moto checks no SigV4 signature, so what is signed and what is not is
//! checked on the requests themselves, through a recording transport in front
//! of the real one.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsop::transport::{BoxFuture, Limits, ReqwestTransport, Transport, TransportError};
use awsop::{Client, ClientBuilder, Credentials, Sensitive, aws_operation, aws_shape};
use awsop_test_support::moto::Moto;
use cognito_totp::cognito::*;
use cognito_totp::mfa_flow;

/// The real transport, keeping a copy of each request's headers.
#[derive(Debug, Clone)]
struct Recording {
    inner: ReqwestTransport,
    seen: Arc<Mutex<Vec<(String, http::HeaderMap)>>>,
}

impl Recording {
    fn new() -> Self {
        Recording {
            inner: ReqwestTransport::new(Duration::from_secs(3)).unwrap(),
            seen: Arc::default(),
        }
    }
    /// The headers of every request for `target` (`AWSCognitoIdentityProviderService.X`).
    fn headers_for(&self, operation: &str) -> Vec<http::HeaderMap> {
        let target = format!("AWSCognitoIdentityProviderService.{operation}");
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|(t, _)| *t == target)
            .map(|(_, h)| h.clone())
            .collect()
    }
}

impl Transport for Recording {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        let target = request.headers()["x-amz-target"]
            .to_str()
            .unwrap()
            .to_owned();
        self.seen
            .lock()
            .unwrap()
            .push((target, request.headers().clone()));
        self.inner.send(request, limits)
    }
}

fn moto_client() -> ClientBuilder {
    Client::builder()
        .region("us-east-1")
        .endpoint_url(Moto::shared().url())
        .jitter(|| 0.0)
}

fn credentials() -> Credentials {
    Credentials::new("AKIDMOTOTEST", "moto-test-secret-key", None, None, "test")
}

#[tokio::test]
async fn the_whole_totp_flow() {
    let rec = Recording::new();
    let client = moto_client()
        .credentials(credentials())
        .transport(rec.clone())
        .build()
        .unwrap();
    let report = mfa_flow::run(&client, &mut |_| {}).await.unwrap();
    assert!(
        report.user_pool_id.starts_with("us-east-1_"),
        "{}",
        report.user_pool_id
    );
    assert!(report.first_sign_in_tokens);
    // moto's secret is always `asdfasdfasdf`: shorter than the model's 16-character minimum.
    assert_eq!(report.secret_len, 12);
    assert_eq!(
        report.verify_status,
        Some(VerifySoftwareTokenResponseType::Success)
    );
    assert_eq!(
        report.get_user_preferred_mfa.as_deref(),
        Some("SOFTWARE_TOKEN_MFA")
    );
    assert_eq!(
        report.admin_get_user_preferred_mfa.as_deref(),
        Some("SOFTWARE_TOKEN_MFA")
    );
    assert_eq!(
        report.second_sign_in_challenge,
        Some(ChallengeNameType::SoftwareTokenMfa)
    );
    assert!(report.challenge_answer_tokens);
    let ops: Vec<_> = report.steps.iter().map(|s| s.operation).collect();
    assert_eq!(
        ops,
        [
            "CreateUserPool",
            "SetUserPoolMfaConfig",
            "CreateUserPoolClient",
            "AdminCreateUser",
            "AdminSetUserPassword",
            "InitiateAuth",
            "AssociateSoftwareToken",
            "VerifySoftwareToken",
            "SetUserMFAPreference",
            "GetUser",
            "AdminGetUser",
            "InitiateAuth",
            "RespondToAuthChallenge",
            "AdminDeleteUser",
            "DeleteUserPool",
        ]
    );
    assert!(
        report
            .steps
            .iter()
            .all(|s| s.request_id.as_deref().is_some_and(|id| !id.is_empty()))
    );

    // No-auth operations were sent unsigned although credentials were configured;
    // signed ones were signed.
    for op in [
        "InitiateAuth",
        "AssociateSoftwareToken",
        "VerifySoftwareToken",
        "GetUser",
    ] {
        let seen = rec.headers_for(op);
        assert!(!seen.is_empty(), "{op} was sent");
        for h in seen {
            assert!(h.get("authorization").is_none(), "{op} was signed");
            assert!(h.get("x-amz-date").is_none(), "{op} has X-Amz-Date");
        }
    }
    for op in ["CreateUserPool", "AdminGetUser", "DeleteUserPool"] {
        for h in rec.headers_for(op) {
            let auth = h["authorization"].to_str().unwrap();
            assert!(
                auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDMOTOTEST/"),
                "{auth}"
            );
            assert!(
                auth.contains("/us-east-1/cognito-idp/aws4_request"),
                "{auth}"
            );
        }
    }
}

/// A pool with a user signed in: (pool id, client id, access token).
async fn signed_in_user(client: &Client, name: &str) -> (String, String, Sensitive<String>) {
    let pool = CreateUserPool::new(name).send(client).await.unwrap();
    let pool_id = pool.user_pool.unwrap().id.unwrap();
    let app = CreateUserPoolClient::new(pool_id.as_str(), "app")
        .explicit_auth_flows(vec![ExplicitAuthFlowsType::AllowUserPasswordAuth])
        .send(client)
        .await
        .unwrap();
    let client_id = app
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap()
        .expose()
        .clone();
    AdminCreateUser::new(pool_id.as_str(), "bob")
        .message_action(MessageActionType::Suppress)
        .send(client)
        .await
        .unwrap();
    AdminSetUserPassword::new(pool_id.as_str(), "bob", "Corr3ct-Horse-Battery!")
        .permanent(true)
        .send(client)
        .await
        .unwrap();
    let auth = InitiateAuth::new(AuthFlowType::UserPasswordAuth, client_id.as_str())
        .auth_parameters(HashMap::from([
            ("USERNAME".to_owned(), "bob".to_owned()),
            ("PASSWORD".to_owned(), "Corr3ct-Horse-Battery!".to_owned()),
        ]))
        .send(client)
        .await
        .unwrap();
    let token = auth.authentication_result.unwrap().access_token.unwrap();
    (pool_id, client_id, token)
}

#[tokio::test]
async fn a_wrong_totp_code_is_a_typed_code_mismatch() {
    let client = moto_client().credentials(credentials()).build().unwrap();
    let (pool_id, _, token) = signed_in_user(&client, "awsop-e2e-mismatch").await;
    let secret = AssociateSoftwareToken::new()
        .access_token(token.clone())
        .send(&client)
        .await
        .unwrap()
        .secret_code
        .unwrap();
    let right = cognito_totp::totp::totp(secret.expose(), 0).unwrap();
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let err = VerifySoftwareToken::new(wrong)
        .access_token(token)
        .friendly_device_name("phone")
        .send(&client)
        .await
        .unwrap_err();
    let Some(VerifySoftwareTokenError::CodeMismatchException(e)) = err.service_error() else {
        panic!("expected CodeMismatchException, got {err:?}");
    };
    // moto says "Code mismatch (<device name>)"; the real service "Invalid code received for user".
    assert_eq!(e.message.as_deref(), Some("Code mismatch (phone)"));
    assert_eq!(e.meta().code(), "CodeMismatchException");
    assert_eq!(e.meta().status(), 400);
    assert!(err.request_id().is_some_and(|id| !id.is_empty()));
    assert_eq!(err.attempts(), 1, "a 4xx is not retried");
    DeleteUserPool::new(pool_id).send(&client).await.unwrap();
}

#[tokio::test]
async fn a_bogus_access_token_is_a_typed_not_authorized_and_never_shown() {
    let client = moto_client().no_credentials().build().unwrap();
    let bogus = "eyJraWQiOiJib2d1cy1hY2Nlc3MtdG9rZW4tNDI0MiJ9.bogus";
    let err = AssociateSoftwareToken::new()
        .access_token(bogus)
        .send(&client)
        .await
        .unwrap_err();
    let Some(AssociateSoftwareTokenError::NotAuthorizedException(e)) = err.service_error() else {
        panic!("expected NotAuthorizedException, got {err:?}");
    };
    let request_id = err.request_id().unwrap().to_owned();
    // moto echoes the token as the whole message; it is scrubbed before anything reads it.
    assert_eq!(e.message.as_deref(), Some("<redacted>"));
    assert_eq!(
        err.to_string(),
        format!(
            "AssociateSoftwareToken: NotAuthorizedException: <redacted> (request id {request_id}, HTTP 400)"
        )
    );
    let shown = format!("{err} {err:?} {err:#} {e} {e:?}");
    assert!(!shown.contains(bogus), "{shown}");
    assert!(!shown.contains("asdfasdfasdf"), "{shown}");
    let request = AssociateSoftwareToken::new().access_token(bogus);
    assert_eq!(
        format!("{request:?}"),
        "AssociateSoftwareToken { access_token: Some(<redacted>), session: None }"
    );
}

#[tokio::test]
async fn unsigned_operations_work_with_no_credentials_and_signed_ones_say_what_is_missing() {
    let rec = Recording::new();
    let client = moto_client()
        .no_credentials()
        .transport(rec.clone())
        .build()
        .unwrap();
    // SignUp is unsigned; on moto it needs a pool and client made with credentials.
    let admin = moto_client().credentials(credentials()).build().unwrap();
    let pool_id = CreateUserPool::new("awsop-e2e-nocreds")
        .send(&admin)
        .await
        .unwrap()
        .user_pool
        .unwrap()
        .id
        .unwrap();
    let client_id = CreateUserPoolClient::new(pool_id.as_str(), "app")
        .send(&admin)
        .await
        .unwrap()
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap();
    let out = SignUp::new(client_id.expose().as_str(), "carol")
        .password("Corr3ct-Horse-Battery!")
        .send(&client)
        .await
        .unwrap();
    assert!(!out.user_confirmed);
    let h = &rec.headers_for("SignUp")[0];
    assert!(h.get("authorization").is_none() && h.get("x-amz-date").is_none());

    let err = AdminGetUser::new(pool_id.as_str(), "carol")
        .send(&client)
        .await
        .unwrap_err();
    assert!(err.is_credentials() && !err.may_have_been_sent(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "AdminGetUser was not sent: no credentials to sign it with"
    );
    assert!(
        rec.headers_for("AdminGetUser").is_empty(),
        "nothing was sent"
    );
    DeleteUserPool::new(pool_id).send(&admin).await.unwrap();
}

/// An operation moto 5.2.5 does not implement: it answers HTTP 500 with an HTML page.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "GetLogDeliveryConfiguration",
    output = GetLogDeliveryConfigurationResponse,
    error = awsop::error::UnhandledError,
)]
pub struct GetLogDeliveryConfiguration {
    /// The user pool.
    pub user_pool_id: String,
}

/// Its output (never seen: moto fails).
#[aws_shape]
pub struct GetLogDeliveryConfigurationResponse {
    /// The configuration, as a document.
    pub log_delivery_configuration: Option<awsop::wire::Document>,
}

#[tokio::test]
async fn an_unimplemented_operation_is_a_response_error_after_the_retries() {
    let rec = Recording::new();
    let client = moto_client()
        .credentials(credentials())
        .transport(rec.clone())
        .build()
        .unwrap();
    let err = GetLogDeliveryConfiguration::new("us-east-1_nothing")
        .send(&client)
        .await
        .unwrap_err();
    assert!(err.is_response(), "{err:?}");
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.attempts(), 3);
    assert_eq!(rec.headers_for("GetLogDeliveryConfiguration").len(), 3);
    let shown = err.to_string();
    assert!(
        shown.starts_with("GetLogDeliveryConfiguration: HTTP 500 response could not be decoded: error response without an error code; body starts \"<!doctype html>"),
        "{shown}"
    );
}

#[tokio::test]
async fn list_users_by_hand_over_several_pages() {
    let client = moto_client().credentials(credentials()).build().unwrap();
    let pool_id = CreateUserPool::new("awsop-e2e-pages")
        .send(&client)
        .await
        .unwrap()
        .user_pool
        .unwrap()
        .id
        .unwrap();
    let mut created: Vec<String> = (0..7).map(|i| format!("user-{i}")).collect();
    for name in &created {
        AdminCreateUser::new(pool_id.as_str(), name.as_str())
            .message_action(MessageActionType::Suppress)
            .send(&client)
            .await
            .unwrap();
    }
    let (mut seen, mut pages, mut token) = (Vec::new(), 0, None::<String>);
    loop {
        let mut request = ListUsers::new(pool_id.as_str()).limit(3);
        if let Some(t) = token.take() {
            request = request.pagination_token(t);
        }
        let page = request.send(&client).await.unwrap();
        pages += 1;
        let users = page.users.unwrap_or_default();
        assert!(users.len() <= 3, "a page holds at most the limit");
        seen.extend(
            users
                .into_iter()
                .map(|u| u.username.unwrap().expose().clone()),
        );
        match page.pagination_token {
            Some(t) => token = Some(t),
            None => break,
        }
        assert!(pages < 10, "the pagination token never ended");
    }
    assert_eq!(pages, 3);
    seen.sort();
    created.sort();
    assert_eq!(seen, created);
    DeleteUserPool::new(pool_id).send(&client).await.unwrap();
}
