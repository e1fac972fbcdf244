//! The whole surface, in a crate whose only dependency is awsop: no serde,
//! no http.

use awsop::error::UnhandledError;
use awsop::{
    Client, Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape,
};

#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "AWSCognitoIdentityProviderService",
    endpoint_prefix = "cognito-idp",
    signing_name = "cognito-idp",
    service_id = "Cognito Identity Provider",
)]
pub struct CognitoIdentityProvider;

#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AssociateSoftwareToken",
    output = AssociateSoftwareTokenResponse,
    error = AssociateSoftwareTokenError,
    auth = none,
)]
pub struct AssociateSoftwareToken {
    pub access_token: Option<Sensitive<String>>,
    #[aws(sensitive)]
    pub session: Option<String>,
}

#[aws_shape]
pub struct AssociateSoftwareTokenResponse {
    pub secret_code: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

#[aws_shape(sensitive)]
pub struct UserContextDataType {
    pub ip_address: Option<String>,
    pub encoded_data: Option<String>,
}

#[aws_enum]
pub enum ChallengeNameType {
    #[aws(value = "SMS_MFA")]
    SmsMfa,
    #[aws(value = "SOFTWARE_TOKEN_MFA")]
    SoftwareTokenMfa,
    #[aws(other)]
    Unknown(String),
}

#[aws_exception]
pub struct NotAuthorizedException {
    pub message: Option<String>,
}

#[aws_exception(retryable)]
pub struct InternalErrorException {
    pub message: Option<String>,
}

#[aws_error]
pub enum AssociateSoftwareTokenError {
    NotAuthorizedException(NotAuthorizedException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

mod sdk {
    pub use awsop as rt;
}

#[aws_shape(crate = sdk::rt)]
pub struct ViaReexport {
    pub value: Option<i32>,
}

async fn call(client: &Client) -> Result<Option<String>, awsop::Error<AssociateSoftwareTokenError>> {
    let out = AssociateSoftwareToken::new()
        .access_token("token")
        .send(client)
        .await?;
    Ok(out.secret_code.map(|s| s.expose().clone()))
}

fn main() {
    let _ = call;
    let _ = (UserContextDataType::default(), ChallengeNameType::from("SMS_MFA"), ViaReexport::new());
}
