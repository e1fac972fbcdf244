//! The whole TOTP multi-factor flow on a Cognito user pool, step by step.
//!
//! [`run`] creates a pool, an app client and a user; signs in with
//! `USER_PASSWORD_AUTH`; associates a software token and verifies it with the
//! RFC 6238 code of its secret; makes TOTP the preferred MFA; signs in again
//! and answers the `SOFTWARE_TOKEN_MFA` challenge. It deletes the user and the
//! pool at the end, whether the flow succeeded or not. The demo prints each
//! [`Step`]; the end-to-end tests assert on the [`Report`].

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use awsop::time::{Clock, SystemClock};
use awsop::{Client, Sensitive};

use crate::cognito::*;
use crate::totp;

/// One step done: its name, request id and what it showed.
#[derive(Debug, Clone)]
pub struct Step {
    /// The operation.
    pub operation: &'static str,
    /// The request id of its response.
    pub request_id: Option<String>,
    /// What the step showed, with every secret masked.
    pub detail: String,
}

/// What the flow saw, for the tests to check.
#[derive(Debug, Default)]
pub struct Report {
    /// The user pool's id.
    pub user_pool_id: String,
    /// Whether the first sign-in gave tokens (no challenge).
    pub first_sign_in_tokens: bool,
    /// The length of the TOTP secret.
    pub secret_len: usize,
    /// VerifySoftwareToken's status.
    pub verify_status: Option<VerifySoftwareTokenResponseType>,
    /// The preferred MFA read back through GetUser.
    pub get_user_preferred_mfa: Option<String>,
    /// The preferred MFA read back through AdminGetUser.
    pub admin_get_user_preferred_mfa: Option<String>,
    /// The challenge of the second sign-in.
    pub second_sign_in_challenge: Option<ChallengeNameType>,
    /// Whether answering the challenge gave an access, id and refresh token.
    pub challenge_answer_tokens: bool,
    /// Every step, in order.
    pub steps: Vec<Step>,
}

/// A step that failed: which, and why.
#[derive(Debug)]
pub struct FlowError {
    /// The operation that failed.
    pub operation: &'static str,
    /// Why.
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed", self.operation)
    }
}

impl std::error::Error for FlowError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

fn fail<E: std::error::Error + Send + Sync + 'static>(
    operation: &'static str,
) -> impl FnOnce(E) -> FlowError {
    move |e| FlowError {
        operation,
        source: Box::new(e),
    }
}

/// `<N chars>`: how a secret is shown.
pub fn mask(secret: &str) -> String {
    format!("<{} chars>", secret.chars().count())
}

/// The user's password: it meets Cognito's default password policy.
const PASSWORD: &str = "Corr3ct-Horse-Battery!";

/// Runs the flow; `on_step` sees each step as it completes.
///
/// # Errors
///
/// The first step that fails (clean-up still runs).
pub async fn run(client: &Client, on_step: &mut dyn FnMut(&Step)) -> Result<Report, FlowError> {
    let mut report = Report::default();
    let pool_name = format!("awsop-demo-{}", SystemClock.now().secs());
    let pool = CreateUserPool::new(pool_name)
        .send(client)
        .await
        .map_err(fail("CreateUserPool"))?;
    let pool_id = pool
        .user_pool
        .and_then(|p| p.id)
        .ok_or_else(|| missing("CreateUserPool", "UserPool.Id"))?;
    report.user_pool_id = pool_id.clone();
    record(
        &mut report,
        on_step,
        "CreateUserPool",
        pool.request_id,
        format!("pool {pool_id}"),
    );

    let result = flow(client, &pool_id, &mut report, on_step).await;

    // Clean up whatever happened above.
    let deleted = AdminDeleteUser::new(pool_id.clone(), "alice")
        .send(client)
        .await;
    if let Ok(out) = &deleted {
        record(
            &mut report,
            on_step,
            "AdminDeleteUser",
            out.request_id.clone(),
            "user alice".into(),
        );
    }
    let pool_deleted = DeleteUserPool::new(pool_id.clone())
        .send(client)
        .await
        .map_err(fail("DeleteUserPool"));
    result?;
    let out = pool_deleted?;
    record(
        &mut report,
        on_step,
        "DeleteUserPool",
        out.request_id,
        format!("pool {pool_id}"),
    );
    Ok(report)
}

fn missing(operation: &'static str, member: &str) -> FlowError {
    FlowError {
        operation,
        source: format!("the response has no {member}").into(),
    }
}

fn record(
    report: &mut Report,
    on_step: &mut dyn FnMut(&Step),
    operation: &'static str,
    request_id: Option<String>,
    detail: String,
) {
    let step = Step {
        operation,
        request_id,
        detail,
    };
    on_step(&step);
    report.steps.push(step);
}

/// Waits, if needed, so that a code computed now is still current when the
/// service checks it (moto accepts only the current 30 s step).
async fn fresh_totp(secret: &str) -> Result<String, totp::InvalidSecret> {
    let now = SystemClock.now().secs().max(0) as u64;
    let left = totp::STEP_SECS - now % totp::STEP_SECS;
    if left < 3 {
        tokio::time::sleep(Duration::from_secs(left)).await;
    }
    totp::totp(secret, SystemClock.now().secs().max(0) as u64)
}

async fn sign_in(client: &Client, client_id: &str) -> Result<InitiateAuthResponse, FlowError> {
    let params = HashMap::from([
        ("USERNAME".to_owned(), "alice".to_owned()),
        ("PASSWORD".to_owned(), PASSWORD.to_owned()),
    ]);
    InitiateAuth::new(AuthFlowType::UserPasswordAuth, client_id)
        .auth_parameters(params)
        .send(client)
        .await
        .map_err(fail("InitiateAuth"))
}

async fn flow(
    client: &Client,
    pool_id: &str,
    report: &mut Report,
    on_step: &mut dyn FnMut(&Step),
) -> Result<(), FlowError> {
    let out = SetUserPoolMfaConfig::new(pool_id)
        .software_token_mfa_configuration(SoftwareTokenMfaConfigType {
            enabled: Some(true),
        })
        .mfa_configuration(UserPoolMfaType::Optional)
        .send(client)
        .await
        .map_err(fail("SetUserPoolMfaConfig"))?;
    record(
        report,
        on_step,
        "SetUserPoolMfaConfig",
        out.request_id,
        "TOTP MFA optional".into(),
    );

    let out = CreateUserPoolClient::new(pool_id, "awsop-demo")
        .explicit_auth_flows(vec![
            ExplicitAuthFlowsType::AllowUserPasswordAuth,
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
        ])
        .send(client)
        .await
        .map_err(fail("CreateUserPoolClient"))?;
    let client_id = out
        .user_pool_client
        .and_then(|c| c.client_id)
        .ok_or_else(|| missing("CreateUserPoolClient", "UserPoolClient.ClientId"))?;
    let client_id = client_id.expose().clone();
    record(
        report,
        on_step,
        "CreateUserPoolClient",
        out.request_id,
        format!("client {}", mask(&client_id)),
    );

    let out = AdminCreateUser::new(pool_id, "alice")
        .message_action(MessageActionType::Suppress)
        .send(client)
        .await
        .map_err(fail("AdminCreateUser"))?;
    record(
        report,
        on_step,
        "AdminCreateUser",
        out.request_id,
        "user alice".into(),
    );

    let out = AdminSetUserPassword::new(pool_id, "alice", PASSWORD)
        .permanent(true)
        .send(client)
        .await
        .map_err(fail("AdminSetUserPassword"))?;
    record(
        report,
        on_step,
        "AdminSetUserPassword",
        out.request_id,
        "permanent password set".into(),
    );

    let out = sign_in(client, &client_id).await?;
    let access_token = out
        .authentication_result
        .as_ref()
        .and_then(|r| r.access_token.clone())
        .ok_or_else(|| missing("InitiateAuth", "AuthenticationResult.AccessToken"))?;
    report.first_sign_in_tokens = true;
    record(
        report,
        on_step,
        "InitiateAuth",
        out.request_id,
        format!(
            "USER_PASSWORD_AUTH: access token {}",
            mask(access_token.expose())
        ),
    );

    let out = AssociateSoftwareToken::new()
        .access_token(access_token.clone())
        .send(client)
        .await
        .map_err(fail("AssociateSoftwareToken"))?;
    let secret = out
        .secret_code
        .ok_or_else(|| missing("AssociateSoftwareToken", "SecretCode"))?;
    report.secret_len = secret.expose().len();
    record(
        report,
        on_step,
        "AssociateSoftwareToken",
        out.request_id,
        format!("secret code {}", mask(secret.expose())),
    );

    let code = fresh_totp(secret.expose())
        .await
        .map_err(fail("VerifySoftwareToken"))?;
    let out = VerifySoftwareToken::new(code)
        .access_token(access_token.clone())
        .friendly_device_name("awsop demo")
        .send(client)
        .await
        .map_err(fail("VerifySoftwareToken"))?;
    report.verify_status = out.status.clone();
    let status = out
        .status
        .as_ref()
        .map_or("none", VerifySoftwareTokenResponseType::as_str);
    record(
        report,
        on_step,
        "VerifySoftwareToken",
        out.request_id,
        format!("status {status}"),
    );

    let out = SetUserMFAPreference::new(access_token.clone())
        .software_token_mfa_settings(SoftwareTokenMfaSettingsType {
            enabled: Some(true),
            preferred_mfa: Some(true),
        })
        .send(client)
        .await
        .map_err(fail("SetUserMFAPreference"))?;
    record(
        report,
        on_step,
        "SetUserMFAPreference",
        out.request_id,
        "TOTP preferred".into(),
    );

    let out = GetUser::new(access_token.clone())
        .send(client)
        .await
        .map_err(fail("GetUser"))?;
    report.get_user_preferred_mfa = out.preferred_mfa_setting.clone();
    record(
        report,
        on_step,
        "GetUser",
        out.request_id,
        format!(
            "preferred MFA {}",
            out.preferred_mfa_setting.as_deref().unwrap_or("none")
        ),
    );

    let out = AdminGetUser::new(pool_id, "alice")
        .send(client)
        .await
        .map_err(fail("AdminGetUser"))?;
    report.admin_get_user_preferred_mfa = out.preferred_mfa_setting.clone();
    record(
        report,
        on_step,
        "AdminGetUser",
        out.request_id,
        format!(
            "preferred MFA {}",
            out.preferred_mfa_setting.as_deref().unwrap_or("none")
        ),
    );

    let out = sign_in(client, &client_id).await?;
    report.second_sign_in_challenge = out.challenge_name.clone();
    let session = out
        .session
        .clone()
        .ok_or_else(|| missing("InitiateAuth", "Session"))?;
    let challenge = out
        .challenge_name
        .as_ref()
        .map_or("none", ChallengeNameType::as_str);
    record(
        report,
        on_step,
        "InitiateAuth",
        out.request_id,
        format!("challenge {challenge}"),
    );

    let code = fresh_totp(secret.expose())
        .await
        .map_err(fail("RespondToAuthChallenge"))?;
    let answers = HashMap::from([
        ("USERNAME".to_owned(), "alice".to_owned()),
        ("SOFTWARE_TOKEN_MFA_CODE".to_owned(), code),
    ]);
    let out = RespondToAuthChallenge::new(client_id.as_str(), ChallengeNameType::SoftwareTokenMfa)
        .session(session)
        .challenge_responses(answers)
        .send(client)
        .await
        .map_err(fail("RespondToAuthChallenge"))?;
    let tokens = out.authentication_result.as_ref();
    report.challenge_answer_tokens = tokens.is_some_and(|t| {
        t.access_token.is_some() && t.id_token.is_some() && t.refresh_token.is_some()
    });
    let shown = tokens.and_then(|t| t.access_token.as_ref()).map_or_else(
        || "none".to_owned(),
        |t: &Sensitive<String>| mask(t.expose()),
    );
    record(
        report,
        on_step,
        "RespondToAuthChallenge",
        out.request_id,
        format!("signed in with TOTP: access token {shown}"),
    );
    Ok(())
}
