//! Amazon Cognito Identity Provider, annotated by hand with awsop.
//!
//! The operations of a full sign-up and TOTP multi-factor flow (create a pool
//! and an app client, create or sign up a user, `InitiateAuth` →
//! `AssociateSoftwareToken` → `VerifySoftwareToken` → `SetUserMFAPreference` →
//! `RespondToAuthChallenge`), every structure, list, map and enum they reach,
//! and every exception they can return. It follows AWS's own model,
//! `shared/models/cognito-idp/service-2.json` (botocore 1.44.8), member for
//! member.
//!
//! # Reading it
//!
//! The file runs: the service; each operation as its request struct, its
//! response and its error enum; the shapes the operations share; the enums; the
//! exceptions.
//!
//! - Types keep the model's shape names, except that an operation's request
//!   struct is named after the operation (`AdminGetUser`, not
//!   `AdminGetUserRequest`); its response keeps the model's name
//!   (`AdminGetUserResponse`) and its errors are `<Operation>Error`.
//! - Fields are the snake_case of the model's member names. A field's wire name
//!   is its PascalCase (`access_token` → `AccessToken`); where that is not the
//!   member name exactly (`MFAOptions`, `CallbackURLs`, `reasonCode`, ...),
//!   `#[aws(rename = "...")]` gives it. Acronyms become one word
//!   (`mfa_options`, `allowed_oauth_flows`). A member whose name is a Rust
//!   keyword keeps it as a raw identifier (`r#type`). An exception's `message`
//!   needs no rename: `#[aws_exception]` reads it as `message` or `Message`.
//! - A member the shape lists as `required` is a plain field; the rest are
//!   `Option`s.
//! - Sensitive strings are `Sensitive<String>`; sensitive maps carry
//!   `#[aws(sensitive)]`; a sensitive structure is `#[aws_shape(sensitive)]`.
//!   None of them reaches `Debug`, `Display`, an error or a log.
//! - `auth = none` marks the operations the model marks `smithy.api#noAuth`:
//!   they are authorised by the user's tokens or the app client, are never
//!   signed and need no AWS credentials. The others are SigV4-signed.
//! - Timestamps are [`DateTime`]s (epoch seconds on the wire); integers `i32`.
//! - Enum variants are the UpperCamelCase of the model's values, which
//!   `#[aws(value = "...")]` spells exactly; `Unknown(String)` keeps a value
//!   added after this model. The value `UNKNOWN` itself (of
//!   [`UserStatusType`]) is the variant `UnknownValue`.
//! - Every response carries the HTTP status and the request id, which are not
//!   on the wire; every error enum ends with `Unhandled`, for codes the model
//!   does not list for that operation.
//! - Responses, and the structures only responses hold (`UserType`,
//!   `AuthenticationResultType`, ...), are `#[aws_shape(output)]`: they are
//!   read, never built, so they have no `new` and no setters.
//!
//! Only types and operations carry documentation here, one line from the
//! model's; the model documents every member.

#![allow(
    missing_docs,
    reason = "members and variants are the model's; its documentation is theirs"
)]

use std::collections::HashMap;

use awsop::endpoint::{EndpointRule, EndpointVariant};
use awsop::error::UnhandledError;
use awsop::time::DateTime;
use awsop::{Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};

// ==== Service ===================================================================

/// Cognito's endpoint special cases (from its `endpoint-rule-set-1.json`): FIPS
/// with dual-stack in the four US regions stays on `amazonaws.com`, and so does
/// dual-stack in the `aws` partition; everything else follows the partitions.
pub const COGNITO_ENDPOINT_RULES: &[EndpointRule] = &[
    EndpointRule::for_region(
        "us-east-1",
        EndpointVariant::FipsDualStack,
        "https://cognito-idp-fips.us-east-1.amazonaws.com",
    ),
    EndpointRule::for_region(
        "us-east-2",
        EndpointVariant::FipsDualStack,
        "https://cognito-idp-fips.us-east-2.amazonaws.com",
    ),
    EndpointRule::for_region(
        "us-west-1",
        EndpointVariant::FipsDualStack,
        "https://cognito-idp-fips.us-west-1.amazonaws.com",
    ),
    EndpointRule::for_region(
        "us-west-2",
        EndpointVariant::FipsDualStack,
        "https://cognito-idp-fips.us-west-2.amazonaws.com",
    ),
    EndpointRule::for_partition(
        "aws",
        EndpointVariant::DualStack,
        "https://cognito-idp.{region}.amazonaws.com",
    ),
];

/// Amazon Cognito Identity Provider (API version 2016-04-18), over AWS JSON 1.1.
#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "AWSCognitoIdentityProviderService",
    endpoint_prefix = "cognito-idp",
    signing_name = "cognito-idp",
    service_id = "Cognito Identity Provider",
    endpoint_rules = COGNITO_ENDPOINT_RULES,
)]
pub struct CognitoIdentityProvider;

// ==== Operations ================================================================

// ---- CreateUserPool ---------------------------------------------------------

/// Creates a new Amazon Cognito user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "CreateUserPool",
    output = CreateUserPoolResponse,
    error = CreateUserPoolError,
)]
pub struct CreateUserPool {
    pub pool_name: String,
    pub policies: Option<UserPoolPolicyType>,
    pub deletion_protection: Option<DeletionProtectionType>,
    pub lambda_config: Option<LambdaConfigType>,
    pub auto_verified_attributes: Option<Vec<VerifiedAttributeType>>,
    pub alias_attributes: Option<Vec<AliasAttributeType>>,
    pub username_attributes: Option<Vec<UsernameAttributeType>>,
    pub sms_verification_message: Option<String>,
    pub email_verification_message: Option<String>,
    pub email_verification_subject: Option<String>,
    pub verification_message_template: Option<VerificationMessageTemplateType>,
    pub sms_authentication_message: Option<String>,
    pub mfa_configuration: Option<UserPoolMfaType>,
    pub user_attribute_update_settings: Option<UserAttributeUpdateSettingsType>,
    pub device_configuration: Option<DeviceConfigurationType>,
    pub email_configuration: Option<EmailConfigurationType>,
    pub sms_configuration: Option<SmsConfigurationType>,
    pub user_pool_tags: Option<HashMap<String, String>>,
    pub admin_create_user_config: Option<AdminCreateUserConfigType>,
    pub schema: Option<Vec<SchemaAttributeType>>,
    pub user_pool_add_ons: Option<UserPoolAddOnsType>,
    pub dcr_configuration: Option<DcrConfigurationType>,
    pub username_configuration: Option<UsernameConfigurationType>,
    pub account_recovery_setting: Option<AccountRecoverySettingType>,
    pub user_pool_tier: Option<UserPoolTierType>,
    pub key_configuration: Option<KeyConfigurationType>,
    pub issuer_configuration: Option<IssuerConfigurationType>,
    pub acr_configuration: Option<HashMap<String, AcrLevelConfigType>>,
}

/// The response to [`CreateUserPool`].
#[aws_shape(output)]
pub struct CreateUserPoolResponse {
    pub user_pool: Option<UserPoolType>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPool`].
#[aws_error]
pub enum CreateUserPoolError {
    InvalidParameterException(InvalidParameterException),
    TooManyRequestsException(TooManyRequestsException),
    LimitExceededException(LimitExceededException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    NotAuthorizedException(NotAuthorizedException),
    UserPoolTaggingException(UserPoolTaggingException),
    InternalErrorException(InternalErrorException),
    TierChangeNotAllowedException(TierChangeNotAllowedException),
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- SetUserPoolMfaConfig ---------------------------------------------------

/// Sets user pool multi-factor authentication (MFA) and passkey configuration.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "SetUserPoolMfaConfig",
    output = SetUserPoolMfaConfigResponse,
    error = SetUserPoolMfaConfigError,
)]
pub struct SetUserPoolMfaConfig {
    pub user_pool_id: String,
    pub sms_mfa_configuration: Option<SmsMfaConfigType>,
    pub software_token_mfa_configuration: Option<SoftwareTokenMfaConfigType>,
    pub email_mfa_configuration: Option<EmailMfaConfigType>,
    pub mfa_configuration: Option<UserPoolMfaType>,
    pub web_authn_configuration: Option<WebAuthnConfigurationType>,
}

/// The response to [`SetUserPoolMfaConfig`].
#[aws_shape(output)]
pub struct SetUserPoolMfaConfigResponse {
    pub sms_mfa_configuration: Option<SmsMfaConfigType>,
    pub software_token_mfa_configuration: Option<SoftwareTokenMfaConfigType>,
    pub email_mfa_configuration: Option<EmailMfaConfigType>,
    pub mfa_configuration: Option<UserPoolMfaType>,
    pub web_authn_configuration: Option<WebAuthnConfigurationType>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserPoolMfaConfig`].
#[aws_error]
pub enum SetUserPoolMfaConfigError {
    InvalidParameterException(InvalidParameterException),
    TooManyRequestsException(TooManyRequestsException),
    ConcurrentModificationException(ConcurrentModificationException),
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    NotAuthorizedException(NotAuthorizedException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- CreateUserPoolClient ---------------------------------------------------

/// Creates an app client in a user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "CreateUserPoolClient",
    output = CreateUserPoolClientResponse,
    error = CreateUserPoolClientError,
)]
pub struct CreateUserPoolClient {
    pub user_pool_id: String,
    pub client_name: String,
    pub generate_secret: Option<bool>,
    pub client_secret: Option<Sensitive<String>>,
    pub refresh_token_validity: Option<i32>,
    pub access_token_validity: Option<i32>,
    pub id_token_validity: Option<i32>,
    pub token_validity_units: Option<TokenValidityUnitsType>,
    pub read_attributes: Option<Vec<String>>,
    pub write_attributes: Option<Vec<String>>,
    pub explicit_auth_flows: Option<Vec<ExplicitAuthFlowsType>>,
    pub supported_identity_providers: Option<Vec<String>>,
    #[aws(rename = "CallbackURLs")]
    pub callback_urls: Option<Vec<String>>,
    #[aws(rename = "LogoutURLs")]
    pub logout_urls: Option<Vec<String>>,
    #[aws(rename = "DefaultRedirectURI")]
    pub default_redirect_uri: Option<String>,
    #[aws(rename = "AllowedOAuthFlows")]
    pub allowed_oauth_flows: Option<Vec<OAuthFlowType>>,
    #[aws(rename = "AllowedOAuthScopes")]
    pub allowed_oauth_scopes: Option<Vec<String>>,
    #[aws(rename = "AllowedOAuthFlowsUserPoolClient")]
    pub allowed_oauth_flows_user_pool_client: Option<bool>,
    pub analytics_configuration: Option<AnalyticsConfigurationType>,
    pub prevent_user_existence_errors: Option<PreventUserExistenceErrorTypes>,
    pub enable_token_revocation: Option<bool>,
    pub enable_propagate_additional_user_context_data: Option<bool>,
    pub auth_session_validity: Option<i32>,
    pub refresh_token_rotation: Option<RefreshTokenRotationType>,
    #[aws(rename = "PublishSecretsInAWSSecretsManager")]
    pub publish_secrets_in_aws_secrets_manager: Option<bool>,
}

/// The response to [`CreateUserPoolClient`].
#[aws_shape(output)]
pub struct CreateUserPoolClientResponse {
    pub user_pool_client: Option<UserPoolClientType>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPoolClient`].
#[aws_error]
pub enum CreateUserPoolClientError {
    InvalidParameterException(InvalidParameterException),
    ResourceNotFoundException(ResourceNotFoundException),
    TooManyRequestsException(TooManyRequestsException),
    LimitExceededException(LimitExceededException),
    NotAuthorizedException(NotAuthorizedException),
    ScopeDoesNotExistException(ScopeDoesNotExistException),
    InvalidOAuthFlowException(InvalidOAuthFlowException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AdminCreateUser --------------------------------------------------------

/// Creates a new user in the specified user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AdminCreateUser",
    output = AdminCreateUserResponse,
    error = AdminCreateUserError,
)]
pub struct AdminCreateUser {
    pub user_pool_id: String,
    pub username: Sensitive<String>,
    pub user_attributes: Option<Vec<AttributeType>>,
    pub validation_data: Option<Vec<AttributeType>>,
    pub temporary_password: Option<Sensitive<String>>,
    pub force_alias_creation: Option<bool>,
    pub message_action: Option<MessageActionType>,
    pub desired_delivery_mediums: Option<Vec<DeliveryMediumType>>,
    pub client_metadata: Option<HashMap<String, String>>,
}

/// The response to [`AdminCreateUser`].
#[aws_shape(output)]
pub struct AdminCreateUserResponse {
    pub user: Option<UserType>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminCreateUser`].
#[aws_error]
pub enum AdminCreateUserError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    UserNotFoundException(UserNotFoundException),
    UsernameExistsException(UsernameExistsException),
    InvalidPasswordException(InvalidPasswordException),
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    UnexpectedLambdaException(UnexpectedLambdaException),
    UserLambdaValidationException(UserLambdaValidationException),
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    PreconditionNotMetException(PreconditionNotMetException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    TooManyRequestsException(TooManyRequestsException),
    NotAuthorizedException(NotAuthorizedException),
    UnsupportedUserStateException(UnsupportedUserStateException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AdminSetUserPassword ---------------------------------------------------

/// Sets the specified user's password in a user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AdminSetUserPassword",
    output = AdminSetUserPasswordResponse,
    error = AdminSetUserPasswordError,
)]
pub struct AdminSetUserPassword {
    pub user_pool_id: String,
    pub username: Sensitive<String>,
    pub password: Sensitive<String>,
    pub permanent: Option<bool>,
}

/// The response to [`AdminSetUserPassword`]: the model gives it no members.
#[aws_shape(output)]
pub struct AdminSetUserPasswordResponse {
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminSetUserPassword`].
#[aws_error]
pub enum AdminSetUserPasswordError {
    ResourceNotFoundException(ResourceNotFoundException),
    NotAuthorizedException(NotAuthorizedException),
    UserNotFoundException(UserNotFoundException),
    InternalErrorException(InternalErrorException),
    TooManyRequestsException(TooManyRequestsException),
    InvalidParameterException(InvalidParameterException),
    InvalidPasswordException(InvalidPasswordException),
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    OperationNotEnabledException(OperationNotEnabledException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AdminGetUser -----------------------------------------------------------

/// Given a username, returns details about a user profile in a user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AdminGetUser",
    output = AdminGetUserResponse,
    error = AdminGetUserError,
)]
pub struct AdminGetUser {
    pub user_pool_id: String,
    pub username: Sensitive<String>,
}

/// The response to [`AdminGetUser`].
#[aws_shape(output)]
pub struct AdminGetUserResponse {
    pub username: Sensitive<String>,
    pub user_attributes: Option<Vec<AttributeType>>,
    pub user_create_date: Option<DateTime>,
    pub user_last_modified_date: Option<DateTime>,
    pub enabled: Option<bool>,
    pub user_status: Option<UserStatusType>,
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MFAOptionType>>,
    pub preferred_mfa_setting: Option<String>,
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminGetUser`].
#[aws_error]
pub enum AdminGetUserError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    TooManyRequestsException(TooManyRequestsException),
    NotAuthorizedException(NotAuthorizedException),
    UserNotFoundException(UserNotFoundException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- SignUp -----------------------------------------------------------------

/// Registers a user with an app client: user name, password and user
/// attributes.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "SignUp",
    output = SignUpResponse,
    error = SignUpError,
    auth = none,
)]
pub struct SignUp {
    pub client_id: Sensitive<String>,
    pub secret_hash: Option<Sensitive<String>>,
    pub username: Sensitive<String>,
    pub password: Option<Sensitive<String>>,
    pub user_attributes: Option<Vec<AttributeType>>,
    pub validation_data: Option<Vec<AttributeType>>,
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    pub user_context_data: Option<UserContextDataType>,
    pub client_metadata: Option<HashMap<String, String>>,
}

/// The response to [`SignUp`].
#[aws_shape(output)]
pub struct SignUpResponse {
    pub user_confirmed: bool,
    pub code_delivery_details: Option<CodeDeliveryDetailsType>,
    pub user_sub: String,
    pub session: Option<Sensitive<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SignUp`].
#[aws_error]
pub enum SignUpError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    UnexpectedLambdaException(UnexpectedLambdaException),
    UserLambdaValidationException(UserLambdaValidationException),
    NotAuthorizedException(NotAuthorizedException),
    InvalidPasswordException(InvalidPasswordException),
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    UsernameExistsException(UsernameExistsException),
    TooManyRequestsException(TooManyRequestsException),
    InternalErrorException(InternalErrorException),
    LimitExceededException(LimitExceededException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    OperationNotEnabledException(OperationNotEnabledException),
    ForbiddenException(ForbiddenException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AdminConfirmSignUp -----------------------------------------------------

/// Confirms user sign-up as an administrator.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AdminConfirmSignUp",
    output = AdminConfirmSignUpResponse,
    error = AdminConfirmSignUpError,
)]
pub struct AdminConfirmSignUp {
    pub user_pool_id: String,
    pub username: Sensitive<String>,
    pub client_metadata: Option<HashMap<String, String>>,
}

/// The response to [`AdminConfirmSignUp`]: the model gives it no members.
#[aws_shape(output)]
pub struct AdminConfirmSignUpResponse {
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminConfirmSignUp`].
#[aws_error]
pub enum AdminConfirmSignUpError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    UnexpectedLambdaException(UnexpectedLambdaException),
    UserLambdaValidationException(UserLambdaValidationException),
    NotAuthorizedException(NotAuthorizedException),
    TooManyFailedAttemptsException(TooManyFailedAttemptsException),
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    TooManyRequestsException(TooManyRequestsException),
    LimitExceededException(LimitExceededException),
    UserNotFoundException(UserNotFoundException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- InitiateAuth -----------------------------------------------------------

/// Declares an authentication flow and starts sign-in for a user.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "InitiateAuth",
    output = InitiateAuthResponse,
    error = InitiateAuthError,
    auth = none,
)]
pub struct InitiateAuth {
    pub auth_flow: AuthFlowType,
    #[aws(sensitive)]
    pub auth_parameters: Option<HashMap<String, String>>,
    pub client_metadata: Option<HashMap<String, String>>,
    pub client_id: Sensitive<String>,
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    pub user_context_data: Option<UserContextDataType>,
    pub session: Option<Sensitive<String>>,
}

/// The response to [`InitiateAuth`].
#[aws_shape(output)]
pub struct InitiateAuthResponse {
    pub challenge_name: Option<ChallengeNameType>,
    pub session: Option<Sensitive<String>>,
    pub challenge_parameters: Option<HashMap<String, String>>,
    pub authentication_result: Option<AuthenticationResultType>,
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`InitiateAuth`].
#[aws_error]
pub enum InitiateAuthError {
    UnsupportedOperationException(UnsupportedOperationException),
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    NotAuthorizedException(NotAuthorizedException),
    TooManyRequestsException(TooManyRequestsException),
    UnexpectedLambdaException(UnexpectedLambdaException),
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    UserLambdaValidationException(UserLambdaValidationException),
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    PasswordResetRequiredException(PasswordResetRequiredException),
    UserNotFoundException(UserNotFoundException),
    UserNotConfirmedException(UserNotConfirmedException),
    InternalErrorException(InternalErrorException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    OperationNotEnabledException(OperationNotEnabledException),
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    ForbiddenException(ForbiddenException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- RespondToAuthChallenge -------------------------------------------------

/// Answers a challenge (an MFA code, a new password, ...) that `InitiateAuth`
/// or an earlier response returned.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "RespondToAuthChallenge",
    output = RespondToAuthChallengeResponse,
    error = RespondToAuthChallengeError,
    auth = none,
)]
pub struct RespondToAuthChallenge {
    pub client_id: Sensitive<String>,
    pub challenge_name: ChallengeNameType,
    pub session: Option<Sensitive<String>>,
    #[aws(sensitive)]
    pub challenge_responses: Option<HashMap<String, String>>,
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    pub user_context_data: Option<UserContextDataType>,
    pub client_metadata: Option<HashMap<String, String>>,
}

/// The response to [`RespondToAuthChallenge`].
#[aws_shape(output)]
pub struct RespondToAuthChallengeResponse {
    pub challenge_name: Option<ChallengeNameType>,
    pub session: Option<Sensitive<String>>,
    pub challenge_parameters: Option<HashMap<String, String>>,
    pub authentication_result: Option<AuthenticationResultType>,
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RespondToAuthChallenge`].
#[aws_error]
pub enum RespondToAuthChallengeError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    NotAuthorizedException(NotAuthorizedException),
    CodeMismatchException(CodeMismatchException),
    ExpiredCodeException(ExpiredCodeException),
    UnexpectedLambdaException(UnexpectedLambdaException),
    UserLambdaValidationException(UserLambdaValidationException),
    InvalidPasswordException(InvalidPasswordException),
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    TooManyRequestsException(TooManyRequestsException),
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    MFAMethodNotFoundException(MFAMethodNotFoundException),
    PasswordResetRequiredException(PasswordResetRequiredException),
    UserNotFoundException(UserNotFoundException),
    UserNotConfirmedException(UserNotConfirmedException),
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    AliasExistsException(AliasExistsException),
    InternalErrorException(InternalErrorException),
    SoftwareTokenMFANotFoundException(SoftwareTokenMFANotFoundException),
    ForbiddenException(ForbiddenException),
    OperationNotEnabledException(OperationNotEnabledException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AssociateSoftwareToken -------------------------------------------------

/// Begins setup of time-based one-time password (TOTP) MFA for a user: returns
/// the secret key for an authenticator app.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AssociateSoftwareToken",
    output = AssociateSoftwareTokenResponse,
    error = AssociateSoftwareTokenError,
    auth = none,
)]
pub struct AssociateSoftwareToken {
    pub access_token: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
}

/// The response to [`AssociateSoftwareToken`].
#[aws_shape(output)]
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

// ---- VerifySoftwareToken ----------------------------------------------------

/// Registers a user's TOTP authenticator with a code it generated from the
/// secret key.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "VerifySoftwareToken",
    output = VerifySoftwareTokenResponse,
    error = VerifySoftwareTokenError,
    auth = none,
)]
pub struct VerifySoftwareToken {
    pub access_token: Option<Sensitive<String>>,
    pub session: Option<Sensitive<String>>,
    pub user_code: Sensitive<String>,
    pub friendly_device_name: Option<String>,
}

/// The response to [`VerifySoftwareToken`].
#[aws_shape(output)]
pub struct VerifySoftwareTokenResponse {
    pub status: Option<VerifySoftwareTokenResponseType>,
    pub session: Option<Sensitive<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`VerifySoftwareToken`].
#[aws_error]
pub enum VerifySoftwareTokenError {
    InvalidParameterException(InvalidParameterException),
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    NotAuthorizedException(NotAuthorizedException),
    TooManyRequestsException(TooManyRequestsException),
    PasswordResetRequiredException(PasswordResetRequiredException),
    UserNotFoundException(UserNotFoundException),
    UserNotConfirmedException(UserNotConfirmedException),
    InternalErrorException(InternalErrorException),
    EnableSoftwareTokenMFAException(EnableSoftwareTokenMFAException),
    // The model lists NotAuthorizedException a second time here.
    SoftwareTokenMFANotFoundException(SoftwareTokenMFANotFoundException),
    CodeMismatchException(CodeMismatchException),
    ForbiddenException(ForbiddenException),
    OperationNotEnabledException(OperationNotEnabledException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- SetUserMFAPreference ---------------------------------------------------

/// Set the user's multi-factor authentication (MFA) method preference,
/// including which MFA factors are activated and if any are preferred.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "SetUserMFAPreference",
    output = SetUserMFAPreferenceResponse,
    error = SetUserMFAPreferenceError,
    auth = none,
)]
pub struct SetUserMFAPreference {
    #[aws(rename = "SMSMfaSettings")]
    pub sms_mfa_settings: Option<SMSMfaSettingsType>,
    pub software_token_mfa_settings: Option<SoftwareTokenMfaSettingsType>,
    pub email_mfa_settings: Option<EmailMfaSettingsType>,
    pub web_authn_mfa_settings: Option<WebAuthnMfaSettingsType>,
    pub access_token: Sensitive<String>,
}

/// The response to [`SetUserMFAPreference`]: the model gives it no members.
#[aws_shape(output)]
pub struct SetUserMFAPreferenceResponse {
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserMFAPreference`].
#[aws_error]
pub enum SetUserMFAPreferenceError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    NotAuthorizedException(NotAuthorizedException),
    PasswordResetRequiredException(PasswordResetRequiredException),
    UserNotFoundException(UserNotFoundException),
    UserNotConfirmedException(UserNotConfirmedException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    ForbiddenException(ForbiddenException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- GetUser ----------------------------------------------------------------

/// Gets the attributes and MFA settings of the currently signed-in user.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "GetUser",
    output = GetUserResponse,
    error = GetUserError,
    auth = none,
)]
pub struct GetUser {
    pub access_token: Sensitive<String>,
}

/// The response to [`GetUser`].
#[aws_shape(output)]
pub struct GetUserResponse {
    pub username: Sensitive<String>,
    pub user_attributes: Vec<AttributeType>,
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MFAOptionType>>,
    pub preferred_mfa_setting: Option<String>,
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUser`].
#[aws_error]
pub enum GetUserError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    NotAuthorizedException(NotAuthorizedException),
    TooManyRequestsException(TooManyRequestsException),
    PasswordResetRequiredException(PasswordResetRequiredException),
    UserNotFoundException(UserNotFoundException),
    UserNotConfirmedException(UserNotConfirmedException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    ForbiddenException(ForbiddenException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- AdminDeleteUser --------------------------------------------------------

/// Deletes a user profile in your user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AdminDeleteUser",
    output = AdminDeleteUserResponse,
    error = AdminDeleteUserError,
)]
pub struct AdminDeleteUser {
    pub user_pool_id: String,
    pub username: Sensitive<String>,
}

/// The response to [`AdminDeleteUser`].
///
/// Not in the model, which gives `AdminDeleteUser` no output: awsop needs one,
/// so this one carries only the HTTP status and the request id.
#[aws_shape(output)]
pub struct AdminDeleteUserResponse {
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDeleteUser`].
#[aws_error]
pub enum AdminDeleteUserError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    TooManyRequestsException(TooManyRequestsException),
    NotAuthorizedException(NotAuthorizedException),
    UserNotFoundException(UserNotFoundException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- DeleteUserPool ---------------------------------------------------------

/// Deletes a user pool.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "DeleteUserPool",
    output = DeleteUserPoolResponse,
    error = DeleteUserPoolError,
)]
pub struct DeleteUserPool {
    pub user_pool_id: String,
}

/// The response to [`DeleteUserPool`].
///
/// Not in the model, which gives `DeleteUserPool` no output: awsop needs one,
/// so this one carries only the HTTP status and the request id.
#[aws_shape(output)]
pub struct DeleteUserPoolResponse {
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPool`].
#[aws_error]
pub enum DeleteUserPoolError {
    ResourceNotFoundException(ResourceNotFoundException),
    InvalidParameterException(InvalidParameterException),
    TooManyRequestsException(TooManyRequestsException),
    NotAuthorizedException(NotAuthorizedException),
    UserImportInProgressException(UserImportInProgressException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ---- ListUsers --------------------------------------------------------------

/// Given a user pool ID, returns a list of users and their basic details.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "ListUsers",
    output = ListUsersResponse,
    error = ListUsersError,
)]
pub struct ListUsers {
    pub user_pool_id: String,
    pub attributes_to_get: Option<Vec<String>>,
    pub limit: Option<i32>,
    pub pagination_token: Option<String>,
    pub filter: Option<String>,
}

/// The response to [`ListUsers`].
#[aws_shape(output)]
pub struct ListUsersResponse {
    pub users: Option<Vec<UserType>>,
    pub pagination_token: Option<String>,
    #[aws(http_status)]
    pub http_status: u16,
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUsers`].
#[aws_error]
pub enum ListUsersError {
    InvalidParameterException(InvalidParameterException),
    ResourceNotFoundException(ResourceNotFoundException),
    TooManyRequestsException(TooManyRequestsException),
    NotAuthorizedException(NotAuthorizedException),
    OperationNotEnabledException(OperationNotEnabledException),
    InternalErrorException(InternalErrorException),
    #[aws(other)]
    Unhandled(UnhandledError),
}

// ==== Shared shapes ==========================================================

// ---- first reached from CreateUserPool --------------------------------------

/// A list of user pool policies.
#[aws_shape]
pub struct UserPoolPolicyType {
    pub password_policy: Option<PasswordPolicyType>,
    pub sign_in_policy: Option<SignInPolicyType>,
}

/// The password policy settings for a user pool, including complexity, history,
/// and length requirements.
#[aws_shape]
pub struct PasswordPolicyType {
    pub minimum_length: Option<i32>,
    pub require_uppercase: Option<bool>,
    pub require_lowercase: Option<bool>,
    pub require_numbers: Option<bool>,
    pub require_symbols: Option<bool>,
    pub password_history_size: Option<i32>,
    pub temporary_password_validity_days: Option<i32>,
}

/// The policy for allowed types of authentication in a user pool.
#[aws_shape]
pub struct SignInPolicyType {
    pub allowed_first_auth_factors: Option<Vec<AuthFactorType>>,
}

/// A collection of user pool Lambda triggers.
#[aws_shape]
pub struct LambdaConfigType {
    pub pre_sign_up: Option<String>,
    pub custom_message: Option<String>,
    pub post_confirmation: Option<String>,
    pub pre_authentication: Option<String>,
    pub post_authentication: Option<String>,
    pub define_auth_challenge: Option<String>,
    pub create_auth_challenge: Option<String>,
    pub verify_auth_challenge_response: Option<String>,
    pub pre_token_generation: Option<String>,
    pub user_migration: Option<String>,
    pub pre_token_generation_config: Option<PreTokenGenerationVersionConfigType>,
    #[aws(rename = "CustomSMSSender")]
    pub custom_sms_sender: Option<CustomSMSLambdaVersionConfigType>,
    pub custom_email_sender: Option<CustomEmailLambdaVersionConfigType>,
    #[aws(rename = "KMSKeyID")]
    pub kms_key_id: Option<String>,
    pub inbound_federation: Option<InboundFederationLambdaType>,
}

/// The properties of a pre token generation Lambda trigger.
#[aws_shape]
pub struct PreTokenGenerationVersionConfigType {
    pub lambda_version: PreTokenGenerationLambdaVersionType,
    pub lambda_arn: String,
}

/// The properties of a custom SMS sender Lambda trigger.
#[aws_shape]
pub struct CustomSMSLambdaVersionConfigType {
    pub lambda_version: CustomSMSSenderLambdaVersionType,
    pub lambda_arn: String,
}

/// The properties of a custom email sender Lambda trigger.
#[aws_shape]
pub struct CustomEmailLambdaVersionConfigType {
    pub lambda_version: CustomEmailSenderLambdaVersionType,
    pub lambda_arn: String,
}

/// The properties of an inbound federation Lambda trigger.
#[aws_shape]
pub struct InboundFederationLambdaType {
    pub lambda_version: InboundFederationLambdaVersionType,
    pub lambda_arn: String,
}

/// The template for the verification message that your user pool delivers to
/// users who set an email address or phone number attribute.
#[aws_shape]
pub struct VerificationMessageTemplateType {
    pub sms_message: Option<String>,
    pub email_message: Option<String>,
    pub email_subject: Option<String>,
    pub email_message_by_link: Option<String>,
    pub email_subject_by_link: Option<String>,
    pub default_email_option: Option<DefaultEmailOptionType>,
}

/// The settings for updates to user attributes.
#[aws_shape]
pub struct UserAttributeUpdateSettingsType {
    pub attributes_require_verification_before_update: Option<Vec<VerifiedAttributeType>>,
}

/// The device-remembering configuration for a user pool.
#[aws_shape]
pub struct DeviceConfigurationType {
    pub challenge_required_on_new_device: Option<bool>,
    pub device_only_remembered_on_user_prompt: Option<bool>,
}

/// The email configuration of your user pool.
#[aws_shape]
pub struct EmailConfigurationType {
    pub source_arn: Option<String>,
    pub reply_to_email_address: Option<String>,
    pub email_sending_account: Option<EmailSendingAccountType>,
    pub from: Option<String>,
    pub configuration_set: Option<String>,
}

/// User pool configuration for delivery of SMS messages with Amazon Simple
/// Notification Service.
#[aws_shape]
pub struct SmsConfigurationType {
    pub sns_caller_arn: Option<String>,
    pub external_id: Option<String>,
    pub sns_region: Option<String>,
    pub eums_sms: Option<EumsSmsConfigurationType>,
}

/// The configuration that Amazon Cognito uses to send SMS messages through
/// Amazon Web Services End User Messaging SMS.
#[aws_shape]
pub struct EumsSmsConfigurationType {
    pub caller_arn: String,
    pub external_id: Option<String>,
    pub origination_identity: Option<String>,
    pub configuration_set_name: Option<String>,
    pub in_entity_id: Option<String>,
    pub in_template_id: Option<String>,
    pub region: Option<String>,
}

/// The settings for administrator creation of users in a user pool.
#[aws_shape]
pub struct AdminCreateUserConfigType {
    pub allow_admin_create_user_only: Option<bool>,
    pub unused_account_validity_days: Option<i32>,
    pub invite_message_template: Option<MessageTemplateType>,
}

/// The message template structure.
#[aws_shape]
pub struct MessageTemplateType {
    #[aws(rename = "SMSMessage")]
    pub sms_message: Option<String>,
    pub email_message: Option<String>,
    pub email_subject: Option<String>,
}

/// A list of the user attributes and their properties in your user pool.
#[aws_shape]
pub struct SchemaAttributeType {
    pub name: Option<String>,
    pub attribute_data_type: Option<AttributeDataType>,
    pub developer_only_attribute: Option<bool>,
    pub mutable: Option<bool>,
    pub required: Option<bool>,
    pub number_attribute_constraints: Option<NumberAttributeConstraintsType>,
    pub string_attribute_constraints: Option<StringAttributeConstraintsType>,
}

/// The minimum and maximum values of an attribute that is of the number type,
/// for example custom:age.
#[aws_shape]
pub struct NumberAttributeConstraintsType {
    pub min_value: Option<String>,
    pub max_value: Option<String>,
}

/// The minimum and maximum length values of an attribute that is of the string
/// type, for example custom:department.
#[aws_shape]
pub struct StringAttributeConstraintsType {
    pub min_length: Option<String>,
    pub max_length: Option<String>,
}

/// Contains settings for activation of threat protection, including the
/// operating mode and additional authentication types.
#[aws_shape]
pub struct UserPoolAddOnsType {
    pub advanced_security_mode: AdvancedSecurityModeType,
    pub advanced_security_additional_flows: Option<AdvancedSecurityAdditionalFlowsType>,
}

/// Threat protection configuration options for additional authentication types
/// in your user pool, including custom authentication.
#[aws_shape]
pub struct AdvancedSecurityAdditionalFlowsType {
    pub custom_auth_mode: Option<AdvancedSecurityEnabledModeType>,
}

/// The dynamic client registration configuration for a user pool.
#[aws_shape]
pub struct DcrConfigurationType {
    pub enable_status: Option<StatusType>,
    pub open_dcr_enabled: Option<bool>,
    pub authenticated_grant_types: Option<Vec<OAuthFlowType>>,
    pub open_dcr_grant_types: Option<Vec<OAuthFlowType>>,
    pub allowed_scopes: Option<Vec<String>>,
}

/// The configuration of a user pool for username case sensitivity.
#[aws_shape]
pub struct UsernameConfigurationType {
    pub case_sensitive: bool,
}

/// The settings for user message delivery in forgot-password operations.
#[aws_shape]
pub struct AccountRecoverySettingType {
    pub recovery_mechanisms: Option<Vec<RecoveryOptionType>>,
}

/// A recovery option for a user.
#[aws_shape]
pub struct RecoveryOptionType {
    pub priority: i32,
    pub name: RecoveryOptionNameType,
}

/// Specifies the key configuration for a user pool.
#[aws_shape]
pub struct KeyConfigurationType {
    pub key_type: Option<EncryptionKeyType>,
    pub kms_key_arn: Option<String>,
}

/// Specifies the issuer configuration for a user pool.
#[aws_shape]
pub struct IssuerConfigurationType {
    pub r#type: Option<IssuerType>,
}

/// The configuration for a single authentication context class reference (ACR)
/// level in a user pool.
#[aws_shape]
pub struct AcrLevelConfigType {
    pub acr_value: String,
}

/// The configuration of a user pool.
#[aws_shape(output)]
pub struct UserPoolType {
    pub id: Option<String>,
    pub name: Option<String>,
    pub policies: Option<UserPoolPolicyType>,
    pub deletion_protection: Option<DeletionProtectionType>,
    pub lambda_config: Option<LambdaConfigType>,
    /// Deprecated: This property is no longer available.
    pub status: Option<StatusType>,
    pub last_modified_date: Option<DateTime>,
    pub creation_date: Option<DateTime>,
    pub schema_attributes: Option<Vec<SchemaAttributeType>>,
    pub auto_verified_attributes: Option<Vec<VerifiedAttributeType>>,
    pub alias_attributes: Option<Vec<AliasAttributeType>>,
    pub username_attributes: Option<Vec<UsernameAttributeType>>,
    pub sms_verification_message: Option<String>,
    pub email_verification_message: Option<String>,
    pub email_verification_subject: Option<String>,
    pub verification_message_template: Option<VerificationMessageTemplateType>,
    pub sms_authentication_message: Option<String>,
    pub user_attribute_update_settings: Option<UserAttributeUpdateSettingsType>,
    pub mfa_configuration: Option<UserPoolMfaType>,
    pub device_configuration: Option<DeviceConfigurationType>,
    pub estimated_number_of_users: Option<i32>,
    pub email_configuration: Option<EmailConfigurationType>,
    pub sms_configuration: Option<SmsConfigurationType>,
    pub user_pool_tags: Option<HashMap<String, String>>,
    pub sms_configuration_failure: Option<String>,
    pub email_configuration_failure: Option<String>,
    pub domain: Option<String>,
    pub custom_domain: Option<String>,
    pub admin_create_user_config: Option<AdminCreateUserConfigType>,
    pub user_pool_add_ons: Option<UserPoolAddOnsType>,
    pub dcr_configuration: Option<DcrConfigurationType>,
    pub username_configuration: Option<UsernameConfigurationType>,
    pub arn: Option<String>,
    pub account_recovery_setting: Option<AccountRecoverySettingType>,
    pub user_pool_tier: Option<UserPoolTierType>,
    pub key_configuration: Option<KeyConfigurationType>,
    pub issuer_configuration: Option<IssuerConfigurationType>,
    pub acr_configuration: Option<HashMap<String, AcrLevelConfigType>>,
}

// ---- first reached from SetUserPoolMfaConfig --------------------------------

/// The configuration of multi-factor authentication (MFA) with SMS messages in
/// a user pool.
#[aws_shape]
pub struct SmsMfaConfigType {
    pub sms_authentication_message: Option<String>,
    pub sms_configuration: Option<SmsConfigurationType>,
}

/// Settings for time-based one-time password (TOTP) multi-factor authentication
/// (MFA) in a user pool.
#[aws_shape]
pub struct SoftwareTokenMfaConfigType {
    pub enabled: Option<bool>,
}

/// Sets or shows configuration for user pool email message MFA and sign-in with
/// one-time passwords (OTPs).
#[aws_shape]
pub struct EmailMfaConfigType {
    pub message: Option<String>,
    pub subject: Option<String>,
}

/// Settings for authentication (MFA) with passkey, or webauthN, biometric and
/// security-key devices in a user pool.
#[aws_shape]
pub struct WebAuthnConfigurationType {
    pub relying_party_id: Option<String>,
    pub user_verification: Option<UserVerificationType>,
    pub factor_configuration: Option<WebAuthnFactorConfigurationType>,
}

// ---- first reached from CreateUserPoolClient --------------------------------

/// The time units that, with IdTokenValidity, AccessTokenValidity, and
/// RefreshTokenValidity, set and display the duration of ID, access, and
/// refresh tokens for an app client.
#[aws_shape]
pub struct TokenValidityUnitsType {
    pub access_token: Option<TimeUnitsType>,
    pub id_token: Option<TimeUnitsType>,
    pub refresh_token: Option<TimeUnitsType>,
}

/// The settings for Amazon Pinpoint analytics configuration.
#[aws_shape]
pub struct AnalyticsConfigurationType {
    pub application_id: Option<String>,
    pub application_arn: Option<String>,
    pub role_arn: Option<String>,
    pub external_id: Option<String>,
    pub user_data_shared: Option<bool>,
}

/// The configuration of your app client for refresh token rotation.
#[aws_shape]
pub struct RefreshTokenRotationType {
    pub feature: FeatureType,
    pub retry_grace_period_seconds: Option<i32>,
}

/// The configuration of a user pool client (app client).
#[aws_shape(output)]
pub struct UserPoolClientType {
    pub user_pool_id: Option<String>,
    pub client_name: Option<String>,
    pub client_id: Option<Sensitive<String>>,
    pub client_secret: Option<Sensitive<String>>,
    pub client_secret_arn: Option<String>,
    pub last_modified_date: Option<DateTime>,
    pub creation_date: Option<DateTime>,
    pub refresh_token_validity: Option<i32>,
    pub access_token_validity: Option<i32>,
    pub id_token_validity: Option<i32>,
    pub token_validity_units: Option<TokenValidityUnitsType>,
    pub read_attributes: Option<Vec<String>>,
    pub write_attributes: Option<Vec<String>>,
    pub explicit_auth_flows: Option<Vec<ExplicitAuthFlowsType>>,
    pub supported_identity_providers: Option<Vec<String>>,
    #[aws(rename = "CallbackURLs")]
    pub callback_urls: Option<Vec<String>>,
    #[aws(rename = "LogoutURLs")]
    pub logout_urls: Option<Vec<String>>,
    #[aws(rename = "DefaultRedirectURI")]
    pub default_redirect_uri: Option<String>,
    #[aws(rename = "AllowedOAuthFlows")]
    pub allowed_oauth_flows: Option<Vec<OAuthFlowType>>,
    #[aws(rename = "AllowedOAuthScopes")]
    pub allowed_oauth_scopes: Option<Vec<String>>,
    #[aws(rename = "AllowedOAuthFlowsUserPoolClient")]
    pub allowed_oauth_flows_user_pool_client: Option<bool>,
    pub analytics_configuration: Option<AnalyticsConfigurationType>,
    pub prevent_user_existence_errors: Option<PreventUserExistenceErrorTypes>,
    pub enable_token_revocation: Option<bool>,
    pub enable_propagate_additional_user_context_data: Option<bool>,
    pub auth_session_validity: Option<i32>,
    pub refresh_token_rotation: Option<RefreshTokenRotationType>,
    pub client_type: Option<ClientTypeType>,
}

// ---- first reached from AdminCreateUser -------------------------------------

/// The name and value of a user attribute.
#[aws_shape]
pub struct AttributeType {
    pub name: String,
    pub value: Option<Sensitive<String>>,
}

/// A user profile in an Amazon Cognito user pool.
#[aws_shape(output)]
pub struct UserType {
    pub username: Option<Sensitive<String>>,
    pub attributes: Option<Vec<AttributeType>>,
    pub user_create_date: Option<DateTime>,
    pub user_last_modified_date: Option<DateTime>,
    pub enabled: Option<bool>,
    pub user_status: Option<UserStatusType>,
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MFAOptionType>>,
}

/// Obsolete: a user's SMS MFA setting (use `UserMFASettingList` instead).
#[aws_shape]
pub struct MFAOptionType {
    pub delivery_medium: Option<DeliveryMediumType>,
    pub attribute_name: Option<String>,
}

// ---- first reached from SignUp ----------------------------------------------

/// Information that your application adds to authentication requests.
#[aws_shape]
pub struct AnalyticsMetadataType {
    pub analytics_endpoint_id: Option<String>,
}

/// Contextual data, such as the user's device fingerprint, IP address, or
/// location, used for evaluating the risk of an unexpected event by Amazon
/// Cognito threat protection.
#[aws_shape(sensitive)]
pub struct UserContextDataType {
    pub ip_address: Option<String>,
    pub encoded_data: Option<String>,
}

/// The delivery details for an email or SMS message that Amazon Cognito sent
/// for authentication or verification.
#[aws_shape(output)]
pub struct CodeDeliveryDetailsType {
    pub destination: Option<String>,
    pub delivery_medium: Option<DeliveryMediumType>,
    pub attribute_name: Option<String>,
}

// ---- first reached from InitiateAuth ----------------------------------------

/// The object that your application receives after authentication.
#[aws_shape(output)]
pub struct AuthenticationResultType {
    pub access_token: Option<Sensitive<String>>,
    pub expires_in: Option<i32>,
    pub token_type: Option<String>,
    pub refresh_token: Option<Sensitive<String>>,
    pub id_token: Option<Sensitive<String>>,
    pub new_device_metadata: Option<NewDeviceMetadataType>,
}

/// Information that your user pool responds with in AuthenticationResult when
/// you configure it to remember devices and a user signs in with an
/// unrecognized device.
#[aws_shape(output)]
pub struct NewDeviceMetadataType {
    pub device_key: Option<String>,
    pub device_group_key: Option<String>,
}

// ---- first reached from SetUserMFAPreference --------------------------------

/// A user's preference for using SMS message multi-factor authentication (MFA).
#[aws_shape]
pub struct SMSMfaSettingsType {
    pub enabled: Option<bool>,
    pub preferred_mfa: Option<bool>,
}

/// A user's preference for using time-based one-time password (TOTP)
/// multi-factor authentication (MFA).
#[aws_shape]
pub struct SoftwareTokenMfaSettingsType {
    pub enabled: Option<bool>,
    pub preferred_mfa: Option<bool>,
}

/// User preferences for multi-factor authentication with email messages.
#[aws_shape]
pub struct EmailMfaSettingsType {
    pub enabled: Option<bool>,
    pub preferred_mfa: Option<bool>,
}

/// A user's preference for using passkey, or WebAuthn, multi-factor
/// authentication (MFA).
#[aws_shape]
pub struct WebAuthnMfaSettingsType {
    pub enabled: Option<bool>,
}

// ==== Enums ==================================================================

/// A factor a user can sign in with first (choice-based authentication).
#[aws_enum]
pub enum AuthFactorType {
    #[aws(value = "PASSWORD")]
    Password,
    #[aws(value = "EMAIL_OTP")]
    EmailOtp,
    #[aws(value = "SMS_OTP")]
    SmsOtp,
    #[aws(value = "WEB_AUTHN")]
    WebAuthn,
    #[aws(value = "SOFTWARE_TOKEN")]
    SoftwareToken,
    #[aws(other)]
    Unknown(String),
}

/// Whether a user pool can be deleted.
#[aws_enum]
pub enum DeletionProtectionType {
    #[aws(value = "ACTIVE")]
    Active,
    #[aws(value = "INACTIVE")]
    Inactive,
    #[aws(other)]
    Unknown(String),
}

/// The event version sent to a pre token generation Lambda trigger.
#[aws_enum]
pub enum PreTokenGenerationLambdaVersionType {
    #[aws(value = "V1_0")]
    V1_0,
    #[aws(value = "V2_0")]
    V2_0,
    #[aws(value = "V3_0")]
    V3_0,
    #[aws(other)]
    Unknown(String),
}

/// The event version sent to a custom SMS sender Lambda trigger.
#[aws_enum]
pub enum CustomSMSSenderLambdaVersionType {
    #[aws(value = "V1_0")]
    V1_0,
    #[aws(other)]
    Unknown(String),
}

/// The event version sent to a custom email sender Lambda trigger.
#[aws_enum]
pub enum CustomEmailSenderLambdaVersionType {
    #[aws(value = "V1_0")]
    V1_0,
    #[aws(other)]
    Unknown(String),
}

/// The event version sent to an inbound federation Lambda trigger.
#[aws_enum]
pub enum InboundFederationLambdaVersionType {
    #[aws(value = "V1_0")]
    V1_0,
    #[aws(other)]
    Unknown(String),
}

/// An attribute Amazon Cognito verifies by sending a code.
#[aws_enum]
pub enum VerifiedAttributeType {
    #[aws(value = "phone_number")]
    PhoneNumber,
    #[aws(value = "email")]
    Email,
    #[aws(other)]
    Unknown(String),
}

/// An attribute a user can sign in with instead of the username.
#[aws_enum]
pub enum AliasAttributeType {
    #[aws(value = "phone_number")]
    PhoneNumber,
    #[aws(value = "email")]
    Email,
    #[aws(value = "preferred_username")]
    PreferredUsername,
    #[aws(other)]
    Unknown(String),
}

/// An attribute that can be used as the username.
#[aws_enum]
pub enum UsernameAttributeType {
    #[aws(value = "phone_number")]
    PhoneNumber,
    #[aws(value = "email")]
    Email,
    #[aws(other)]
    Unknown(String),
}

/// Whether verification emails carry a link or a code.
#[aws_enum]
pub enum DefaultEmailOptionType {
    #[aws(value = "CONFIRM_WITH_LINK")]
    ConfirmWithLink,
    #[aws(value = "CONFIRM_WITH_CODE")]
    ConfirmWithCode,
    #[aws(other)]
    Unknown(String),
}

/// Whether multi-factor authentication is off, required or optional in a user
/// pool.
#[aws_enum]
pub enum UserPoolMfaType {
    #[aws(value = "OFF")]
    Off,
    #[aws(value = "ON")]
    On,
    #[aws(value = "OPTIONAL")]
    Optional,
    #[aws(other)]
    Unknown(String),
}

/// Whether a user pool sends email with Cognito's own account or your Amazon
/// SES identity.
#[aws_enum]
pub enum EmailSendingAccountType {
    #[aws(value = "COGNITO_DEFAULT")]
    CognitoDefault,
    #[aws(value = "DEVELOPER")]
    Developer,
    #[aws(other)]
    Unknown(String),
}

/// The data type of a schema attribute.
#[aws_enum]
pub enum AttributeDataType {
    #[aws(value = "String")]
    String,
    #[aws(value = "Number")]
    Number,
    #[aws(value = "DateTime")]
    DateTime,
    #[aws(value = "Boolean")]
    Boolean,
    #[aws(other)]
    Unknown(String),
}

/// The operating mode of threat protection.
#[aws_enum]
pub enum AdvancedSecurityModeType {
    #[aws(value = "OFF")]
    Off,
    #[aws(value = "AUDIT")]
    Audit,
    #[aws(value = "ENFORCED")]
    Enforced,
    #[aws(other)]
    Unknown(String),
}

/// The operating mode of threat protection for custom authentication.
#[aws_enum]
pub enum AdvancedSecurityEnabledModeType {
    #[aws(value = "AUDIT")]
    Audit,
    #[aws(value = "ENFORCED")]
    Enforced,
    #[aws(other)]
    Unknown(String),
}

/// Enabled or disabled.
#[aws_enum]
pub enum StatusType {
    #[aws(value = "Enabled")]
    Enabled,
    #[aws(value = "Disabled")]
    Disabled,
    #[aws(other)]
    Unknown(String),
}

/// An OAuth 2.0 grant type.
#[aws_enum]
pub enum OAuthFlowType {
    #[aws(value = "code")]
    Code,
    #[aws(value = "implicit")]
    Implicit,
    #[aws(value = "client_credentials")]
    ClientCredentials,
    #[aws(other)]
    Unknown(String),
}

/// A method of account recovery.
#[aws_enum]
pub enum RecoveryOptionNameType {
    #[aws(value = "verified_email")]
    VerifiedEmail,
    #[aws(value = "verified_phone_number")]
    VerifiedPhoneNumber,
    #[aws(value = "admin_only")]
    AdminOnly,
    #[aws(other)]
    Unknown(String),
}

/// A user pool feature plan.
#[aws_enum]
pub enum UserPoolTierType {
    #[aws(value = "LITE")]
    Lite,
    #[aws(value = "ESSENTIALS")]
    Essentials,
    #[aws(value = "PLUS")]
    Plus,
    #[aws(other)]
    Unknown(String),
}

/// Who owns the key that encrypts a user pool's data.
#[aws_enum]
pub enum EncryptionKeyType {
    #[aws(value = "AWS_OWNED_KEY")]
    AwsOwnedKey,
    #[aws(value = "CUSTOMER_MANAGED_KEY")]
    CustomerManagedKey,
    #[aws(other)]
    Unknown(String),
}

/// Which issuer (`iss`) format a user pool's tokens carry.
#[aws_enum]
pub enum IssuerType {
    #[aws(value = "ORIGINAL")]
    Original,
    #[aws(value = "UPDATED")]
    Updated,
    #[aws(other)]
    Unknown(String),
}

/// Whether passkey user verification is required or preferred.
#[aws_enum]
pub enum UserVerificationType {
    #[aws(value = "required")]
    Required,
    #[aws(value = "preferred")]
    Preferred,
    #[aws(other)]
    Unknown(String),
}

/// Whether a passkey counts as one factor or as multi-factor authentication.
#[aws_enum]
pub enum WebAuthnFactorConfigurationType {
    #[aws(value = "SINGLE_FACTOR")]
    SingleFactor,
    #[aws(value = "MULTI_FACTOR_WITH_USER_VERIFICATION")]
    MultiFactorWithUserVerification,
    #[aws(other)]
    Unknown(String),
}

/// The unit of a token validity period.
#[aws_enum]
pub enum TimeUnitsType {
    #[aws(value = "seconds")]
    Seconds,
    #[aws(value = "minutes")]
    Minutes,
    #[aws(value = "hours")]
    Hours,
    #[aws(value = "days")]
    Days,
    #[aws(other)]
    Unknown(String),
}

/// An authentication flow an app client allows.
#[aws_enum]
pub enum ExplicitAuthFlowsType {
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    #[aws(value = "CUSTOM_AUTH_FLOW_ONLY")]
    CustomAuthFlowOnly,
    #[aws(value = "USER_PASSWORD_AUTH")]
    UserPasswordAuth,
    #[aws(value = "ALLOW_ADMIN_USER_PASSWORD_AUTH")]
    AllowAdminUserPasswordAuth,
    #[aws(value = "ALLOW_CUSTOM_AUTH")]
    AllowCustomAuth,
    #[aws(value = "ALLOW_USER_PASSWORD_AUTH")]
    AllowUserPasswordAuth,
    #[aws(value = "ALLOW_USER_SRP_AUTH")]
    AllowUserSrpAuth,
    #[aws(value = "ALLOW_REFRESH_TOKEN_AUTH")]
    AllowRefreshTokenAuth,
    #[aws(value = "ALLOW_USER_AUTH")]
    AllowUserAuth,
    #[aws(value = "ALLOW_TOKEN_EXCHANGE_DELEGATION")]
    AllowTokenExchangeDelegation,
    #[aws(value = "ALLOW_TOKEN_EXCHANGE_IMPERSONATION")]
    AllowTokenExchangeImpersonation,
    #[aws(other)]
    Unknown(String),
}

/// Whether errors reveal that a user does not exist.
#[aws_enum]
pub enum PreventUserExistenceErrorTypes {
    #[aws(value = "LEGACY")]
    Legacy,
    #[aws(value = "ENABLED")]
    Enabled,
    #[aws(other)]
    Unknown(String),
}

/// Enabled or disabled.
#[aws_enum]
pub enum FeatureType {
    #[aws(value = "ENABLED")]
    Enabled,
    #[aws(value = "DISABLED")]
    Disabled,
    #[aws(other)]
    Unknown(String),
}

/// How an app client was created: regularly or by dynamic client registration.
#[aws_enum]
pub enum ClientTypeType {
    #[aws(value = "REGULAR")]
    Regular,
    #[aws(value = "DCR")]
    Dcr,
    #[aws(other)]
    Unknown(String),
}

/// What to do with the welcome message of a user created by an administrator.
#[aws_enum]
pub enum MessageActionType {
    #[aws(value = "RESEND")]
    Resend,
    #[aws(value = "SUPPRESS")]
    Suppress,
    #[aws(other)]
    Unknown(String),
}

/// How a message is delivered.
#[aws_enum]
pub enum DeliveryMediumType {
    #[aws(value = "SMS")]
    Sms,
    #[aws(value = "EMAIL")]
    Email,
    #[aws(other)]
    Unknown(String),
}

/// The status of a user profile.
#[aws_enum]
pub enum UserStatusType {
    #[aws(value = "UNCONFIRMED")]
    Unconfirmed,
    #[aws(value = "CONFIRMED")]
    Confirmed,
    #[aws(value = "ARCHIVED")]
    Archived,
    #[aws(value = "COMPROMISED")]
    Compromised,
    #[aws(value = "UNKNOWN")]
    UnknownValue,
    #[aws(value = "RESET_REQUIRED")]
    ResetRequired,
    #[aws(value = "FORCE_CHANGE_PASSWORD")]
    ForceChangePassword,
    #[aws(value = "EXTERNAL_PROVIDER")]
    ExternalProvider,
    #[aws(other)]
    Unknown(String),
}

/// The authentication flow of an `InitiateAuth` request.
#[aws_enum]
pub enum AuthFlowType {
    #[aws(value = "USER_SRP_AUTH")]
    UserSrpAuth,
    #[aws(value = "REFRESH_TOKEN_AUTH")]
    RefreshTokenAuth,
    #[aws(value = "REFRESH_TOKEN")]
    RefreshToken,
    #[aws(value = "CUSTOM_AUTH")]
    CustomAuth,
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    #[aws(value = "USER_PASSWORD_AUTH")]
    UserPasswordAuth,
    #[aws(value = "ADMIN_USER_PASSWORD_AUTH")]
    AdminUserPasswordAuth,
    #[aws(value = "USER_AUTH")]
    UserAuth,
    #[aws(other)]
    Unknown(String),
}

/// A challenge Amazon Cognito asks the user to answer.
#[aws_enum]
pub enum ChallengeNameType {
    #[aws(value = "SMS_MFA")]
    SmsMfa,
    #[aws(value = "EMAIL_OTP")]
    EmailOtp,
    #[aws(value = "SOFTWARE_TOKEN_MFA")]
    SoftwareTokenMfa,
    #[aws(value = "SELECT_MFA_TYPE")]
    SelectMfaType,
    #[aws(value = "MFA_SETUP")]
    MfaSetup,
    #[aws(value = "PASSWORD_VERIFIER")]
    PasswordVerifier,
    #[aws(value = "CUSTOM_CHALLENGE")]
    CustomChallenge,
    #[aws(value = "SELECT_CHALLENGE")]
    SelectChallenge,
    #[aws(value = "DEVICE_SRP_AUTH")]
    DeviceSrpAuth,
    #[aws(value = "DEVICE_PASSWORD_VERIFIER")]
    DevicePasswordVerifier,
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    #[aws(value = "NEW_PASSWORD_REQUIRED")]
    NewPasswordRequired,
    #[aws(value = "SMS_OTP")]
    SmsOtp,
    #[aws(value = "PASSWORD")]
    Password,
    #[aws(value = "WEB_AUTHN")]
    WebAuthn,
    #[aws(value = "PASSWORD_SRP")]
    PasswordSrp,
    #[aws(other)]
    Unknown(String),
}

/// Whether a TOTP code was accepted.
#[aws_enum]
pub enum VerifySoftwareTokenResponseType {
    #[aws(value = "SUCCESS")]
    Success,
    #[aws(value = "ERROR")]
    Error,
    #[aws(other)]
    Unknown(String),
}

// ==== Exceptions =============================================================
//
// None of these is marked `retryable` in the model, so none is flagged. The
// runtime still retries some by code or status: TooManyRequestsException and
// LimitExceededException are on its list of throttling codes, and
// InternalErrorException is a fault (HTTP 500).

/// This exception is thrown when the Amazon Cognito service encounters an
/// invalid parameter.
#[aws_exception]
pub struct InvalidParameterException {
    pub message: Option<String>,
    #[aws(rename = "reasonCode")]
    pub reason_code: Option<String>,
}

/// This exception is thrown when the user has made too many requests for a
/// given operation.
#[aws_exception]
pub struct TooManyRequestsException {
    pub message: Option<String>,
}

/// This exception is thrown when a user exceeds the limit for a requested
/// Amazon Web Services resource.
#[aws_exception]
pub struct LimitExceededException {
    pub message: Option<String>,
}

/// This exception is returned when the role provided for SMS configuration
/// doesn't have permission to publish using Amazon SNS.
#[aws_exception]
pub struct InvalidSmsRoleAccessPolicyException {
    pub message: Option<String>,
}

/// This exception is thrown when the trust relationship is not valid for the
/// role provided for SMS configuration.
#[aws_exception]
pub struct InvalidSmsRoleTrustRelationshipException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito isn't allowed to use your email
/// identity.
#[aws_exception]
pub struct InvalidEmailRoleAccessPolicyException {
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't authorized.
#[aws_exception]
pub struct NotAuthorizedException {
    pub message: Option<String>,
}

/// This exception is thrown when a user pool tag can't be set or updated.
#[aws_exception]
pub struct UserPoolTaggingException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an internal error.
#[aws_exception]
pub struct InternalErrorException {
    pub message: Option<String>,
}

/// This exception is thrown when you've attempted to change your feature plan
/// but the operation isn't permitted.
#[aws_exception]
pub struct TierChangeNotAllowedException {
    pub message: Option<String>,
}

/// This exception is thrown when a feature that you attempted to use or
/// configure isn't included in your user pool's current feature plan.
#[aws_exception]
pub struct FeatureUnavailableInTierException {
    pub message: Option<String>,
}

/// This exception is thrown if two or more modifications are happening
/// concurrently.
#[aws_exception]
pub struct ConcurrentModificationException {
    pub message: Option<String>,
}

/// This exception is thrown when the Amazon Cognito service can't find the
/// requested resource.
#[aws_exception]
pub struct ResourceNotFoundException {
    pub message: Option<String>,
}

/// This exception is thrown when an operation is not available in the current
/// region or for the current user pool configuration.
#[aws_exception]
pub struct OperationNotEnabledException {
    pub message: Option<String>,
}

/// This exception is thrown when the specified scope doesn't exist.
#[aws_exception]
pub struct ScopeDoesNotExistException {
    pub message: Option<String>,
}

/// This exception is thrown when the specified OAuth flow is not valid.
#[aws_exception]
pub struct InvalidOAuthFlowException {
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't found.
#[aws_exception]
pub struct UserNotFoundException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters a user name that
/// already exists in the user pool.
#[aws_exception]
pub struct UsernameExistsException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an invalid password.
#[aws_exception]
pub struct InvalidPasswordException {
    pub message: Option<String>,
}

/// This exception is thrown when a verification code fails to deliver
/// successfully.
#[aws_exception]
pub struct CodeDeliveryFailureException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an unexpected
/// exception with Lambda.
#[aws_exception]
pub struct UnexpectedLambdaException {
    pub message: Option<String>,
}

/// This exception is thrown when the Amazon Cognito service encounters a user
/// validation exception with the Lambda service.
#[aws_exception]
pub struct UserLambdaValidationException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an invalid Lambda
/// response.
#[aws_exception]
pub struct InvalidLambdaResponseException {
    pub message: Option<String>,
}

/// This exception is thrown when a precondition is not met.
#[aws_exception]
pub struct PreconditionNotMetException {
    pub message: Option<String>,
}

/// The request failed because the user is in an unsupported state.
#[aws_exception]
pub struct UnsupportedUserStateException {
    pub message: Option<String>,
}

/// The message returned when a user's new password matches a previous password
/// and doesn't comply with the password-history policy.
#[aws_exception]
pub struct PasswordHistoryPolicyViolationException {
    pub message: Option<String>,
}

/// This exception is thrown when WAF doesn't allow your request based on a web
/// ACL that's associated with your user pool.
#[aws_exception]
pub struct ForbiddenException {
    pub message: Option<String>,
}

/// This exception is thrown when the user has made too many failed attempts for
/// a given action, such as sign-in.
#[aws_exception]
pub struct TooManyFailedAttemptsException {
    pub message: Option<String>,
}

/// Exception that is thrown when you attempt to perform an operation that isn't
/// enabled for the user pool client.
#[aws_exception]
pub struct UnsupportedOperationException {
    pub message: Option<String>,
}

/// This exception is thrown when the user pool configuration is not valid.
#[aws_exception]
pub struct InvalidUserPoolConfigurationException {
    pub message: Option<String>,
}

/// This exception is thrown when a password reset is required.
#[aws_exception]
pub struct PasswordResetRequiredException {
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't confirmed successfully.
#[aws_exception]
pub struct UserNotConfirmedException {
    pub message: Option<String>,
}

/// This exception is thrown if the provided code doesn't match what the server
/// was expecting.
#[aws_exception]
pub struct CodeMismatchException {
    pub message: Option<String>,
}

/// This exception is thrown if a code has expired.
#[aws_exception]
pub struct ExpiredCodeException {
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito can't find a multi-factor
/// authentication (MFA) method.
#[aws_exception]
pub struct MFAMethodNotFoundException {
    pub message: Option<String>,
}

/// This exception is thrown when a user tries to confirm the account with an
/// email address or phone number that has already been supplied as an alias for
/// a different user profile.
#[aws_exception]
pub struct AliasExistsException {
    pub message: Option<String>,
}

/// This exception is thrown when the software token time-based one-time
/// password (TOTP) multi-factor authentication (MFA) isn't activated for the
/// user pool.
#[aws_exception]
pub struct SoftwareTokenMFANotFoundException {
    pub message: Option<String>,
}

/// This exception is thrown when there is a code mismatch and the service fails
/// to configure the software token TOTP multi-factor authentication (MFA).
#[aws_exception]
pub struct EnableSoftwareTokenMFAException {
    pub message: Option<String>,
}

/// This exception is thrown when you're trying to modify a user pool while a
/// user import job is in progress for that pool.
#[aws_exception]
pub struct UserImportInProgressException {
    pub message: Option<String>,
}
