//! One AssociateSoftwareToken call with awsop, annotating only what it uses:
//! the program whose build cost and binary size bench/run.sh compares with the
//! same program on the official SDK (bench/official/src/bin/one_call.rs).

#![allow(missing_docs, reason = "the members are the model's")]

use awsop::error::UnhandledError;
use awsop::{Client, Sensitive, aws_error, aws_exception, aws_operation, aws_service, aws_shape};

/// Amazon Cognito Identity Provider, over AWS JSON 1.1.
#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "AWSCognitoIdentityProviderService",
    endpoint_prefix = "cognito-idp",
    signing_name = "cognito-idp",
    service_id = "Cognito Identity Provider",
)]
pub struct CognitoIdentityProvider;

/// Begins setup of TOTP MFA for a user: returns the secret key.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AssociateSoftwareToken",
    output = AssociateSoftwareTokenResponse,
    error = AssociateSoftwareTokenError,
    auth = none,
)]
pub struct AssociateSoftwareToken {
    /// The user's access token.
    pub access_token: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
}

/// The response to [`AssociateSoftwareToken`].
#[aws_shape]
pub struct AssociateSoftwareTokenResponse {
    pub secret_code: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AssociateSoftwareToken`].
#[aws_error]
pub enum AssociateSoftwareTokenError {
    ConcurrentModificationException(ConcurrentModificationException),
    InvalidParameterException(InvalidParameterException),
    NotAuthorizedException(NotAuthorizedException),
    ResourceNotFoundException(ResourceNotFoundException),
    InternalErrorException(InternalErrorException),
    SoftwareTokenMFANotFoundException(SoftwareTokenMFANotFoundException),
    ForbiddenException(ForbiddenException),
    OperationNotEnabledException(OperationNotEnabledException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

/// Two or more modifications are happening concurrently.
#[aws_exception]
pub struct ConcurrentModificationException {
    pub message: Option<String>,
}

/// A parameter is not valid.
#[aws_exception]
pub struct InvalidParameterException {
    pub message: Option<String>,
    #[aws(rename = "reasonCode")]
    pub reason_code: Option<String>,
}

/// The user isn't authorized.
#[aws_exception]
pub struct NotAuthorizedException {
    pub message: Option<String>,
}

/// The requested resource can't be found.
#[aws_exception]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}

/// Amazon Cognito encountered an internal error.
#[aws_exception]
pub struct InternalErrorException {
    pub message: Option<String>,
}

/// TOTP MFA isn't activated for the user pool.
#[aws_exception]
pub struct SoftwareTokenMFANotFoundException {
    pub message: Option<String>,
}

/// WAF doesn't allow the request.
#[aws_exception]
pub struct ForbiddenException {
    pub message: Option<String>,
}

/// The operation is not enabled.
#[aws_exception]
pub struct OperationNotEnabledException {
    pub message: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let endpoint = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:9".to_owned());
    let client = match Client::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .no_credentials()
        .build()
    {
        Ok(client) => client,
        Err(err) => return eprintln!("error: {err}"),
    };
    match AssociateSoftwareToken::new()
        .access_token("access-token")
        .send(&client)
        .await
    {
        Ok(out) => println!("secret code: {}", out.secret_code.is_some()),
        Err(err) => eprintln!("error: {err}"),
    }
}
