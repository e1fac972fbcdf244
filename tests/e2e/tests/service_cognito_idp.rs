//! The TOTP multi-factor flow through the generated Cognito crate, against
//! moto (a compact `examples/cognito-totp/src/mfa_flow.rs`): sign in, associate a
//! software token, verify it with its RFC 6238 code, prefer it, and answer
//! the `SOFTWARE_TOKEN_MFA` challenge of the next sign-in.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::collections::HashMap;
use std::time::Duration;

use awsop::time::{Clock, SystemClock};

use awsop_cognito_idp::*;
use awsop_e2e::moto_client;
use cognito_totp::totp;

const PASSWORD: &str = "Corr3ct-Horse-Battery!";

/// A code for the current step, waiting for the next step when this one is
/// about to end (moto accepts only the current one).
async fn fresh_code(secret: &str) -> String {
    let now = || SystemClock.now().secs().max(0) as u64;
    let left = totp::STEP_SECS - now() % totp::STEP_SECS;
    if left < 3 {
        tokio::time::sleep(Duration::from_secs(left)).await;
    }
    totp::totp(secret, now()).unwrap()
}

fn password_auth(client_id: &str) -> InitiateAuth {
    InitiateAuth::new(AuthFlowType::UserPasswordAuth, client_id).auth_parameters(HashMap::from([
        ("USERNAME".to_owned(), "alice".to_owned()),
        ("PASSWORD".to_owned(), PASSWORD.to_owned()),
    ]))
}

#[tokio::test(flavor = "current_thread")]
async fn totp_mfa_flow() {
    let client = moto_client();
    let pool = CreateUserPool::new("awsop-e2e-totp")
        .send(&client)
        .await
        .unwrap();
    let pool_id = pool.user_pool.unwrap().id.unwrap();
    SetUserPoolMfaConfig::new(pool_id.as_str())
        .software_token_mfa_configuration(SoftwareTokenMfaConfigType::new().enabled(true))
        .mfa_configuration(UserPoolMfaType::Optional)
        .send(&client)
        .await
        .unwrap();
    let app = CreateUserPoolClient::new(pool_id.as_str(), "awsop-e2e")
        .explicit_auth_flows(vec![
            ExplicitAuthFlowsType::AllowUserPasswordAuth,
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
        ])
        .send(&client)
        .await
        .unwrap();
    let client_id = app
        .user_pool_client
        .unwrap()
        .client_id
        .unwrap()
        .expose()
        .clone();
    AdminCreateUser::new(pool_id.as_str(), "alice")
        .message_action(MessageActionType::Suppress)
        .send(&client)
        .await
        .unwrap();
    AdminSetUserPassword::new(pool_id.as_str(), "alice", PASSWORD)
        .permanent(true)
        .send(&client)
        .await
        .unwrap();

    let first = password_auth(&client_id).send(&client).await.unwrap();
    assert_eq!(first.challenge_name, None);
    let access_token = first.authentication_result.unwrap().access_token.unwrap();

    let associated = AssociateSoftwareToken::new()
        .access_token(access_token.clone())
        .send(&client)
        .await
        .unwrap();
    assert!(format!("{associated:?}").contains("secret_code: Some(<redacted>)"));
    let secret = associated.secret_code.unwrap();
    let verified = VerifySoftwareToken::new(fresh_code(secret.expose()).await)
        .access_token(access_token.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        verified.status,
        Some(VerifySoftwareTokenResponseType::Success)
    );
    SetUserMfaPreference::new(access_token.clone())
        .software_token_mfa_settings(
            SoftwareTokenMfaSettingsType::new()
                .enabled(true)
                .preferred_mfa(true),
        )
        .send(&client)
        .await
        .unwrap();

    let second = password_auth(&client_id).send(&client).await.unwrap();
    assert_eq!(
        second.challenge_name,
        Some(ChallengeNameType::SoftwareTokenMfa)
    );
    let answered =
        RespondToAuthChallenge::new(client_id.as_str(), ChallengeNameType::SoftwareTokenMfa)
            .session(second.session.unwrap())
            .challenge_responses(HashMap::from([
                ("USERNAME".to_owned(), "alice".to_owned()),
                (
                    "SOFTWARE_TOKEN_MFA_CODE".to_owned(),
                    fresh_code(secret.expose()).await,
                ),
            ]))
            .send(&client)
            .await
            .unwrap();
    let tokens = answered.authentication_result.unwrap();
    assert!(
        tokens.access_token.is_some()
            && tokens.id_token.is_some()
            && tokens.refresh_token.is_some()
    );

    // A rejected token: moto echoes it in its message; the error must not.
    let err = GetUser::new("not-a-real-token")
        .send(&client)
        .await
        .unwrap_err();
    assert!(!err.to_string().contains("not-a-real-token"), "{err}");

    DeleteUserPool::new(pool_id.as_str())
        .send(&client)
        .await
        .unwrap();
}
