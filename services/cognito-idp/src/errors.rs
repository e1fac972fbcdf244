//! The exceptions: each error a service can return, as its own type.

/// This exception is thrown when you don't have sufficient permissions to perform the requested operation.
#[awsop::aws_exception]
pub struct AccessDeniedException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a user tries to confirm the account with an email address or phone number that has already been supplied as an alias for a different user profile. This exception indicates that an account with this email address or phone already exists in a user pool that you've configured to use email address or phone number as a sign-in alias.
#[awsop::aws_exception]
pub struct AliasExistsException {
    /// The message that Amazon Cognito sends to the user when the value of an alias attribute is already linked to another user profile.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito doesn't have a cached client metadata document for the URL in the request.
#[awsop::aws_exception]
pub struct CachedCimdurlDoesNotExistException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a verification code fails to deliver successfully.
#[awsop::aws_exception]
pub struct CodeDeliveryFailureException {
    /// The message sent when a verification code fails to deliver successfully.
    pub message: Option<String>,
}

/// This exception is thrown if the provided code doesn't match what the server was expecting.
#[awsop::aws_exception]
pub struct CodeMismatchException {
    /// The message provided when the code mismatch exception is thrown.
    pub message: Option<String>,
}

/// This exception is thrown if two or more modifications are happening concurrently.
#[awsop::aws_exception]
pub struct ConcurrentModificationException {
    /// The message provided when the concurrent exception is thrown.
    pub message: Option<String>,
}

/// This exception is thrown when a user attempts to confirm a device with a device key that already exists.
#[awsop::aws_exception]
pub struct DeviceKeyExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the provider is already supported by the user pool.
#[awsop::aws_exception]
pub struct DuplicateProviderException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when there is a code mismatch and the service fails to configure the software token TOTP multi-factor authentication (MFA).
#[awsop::aws_exception]
pub struct EnableSoftwareTokenMfaException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown if a code has expired.
#[awsop::aws_exception]
pub struct ExpiredCodeException {
    /// The message returned when the expired code exception is thrown.
    pub message: Option<String>,
}

/// This exception is thrown when a feature that you attempted to use or configure isn't included in your user pool's current feature plan. This can occur when:
///
/// - You configure a feature that your feature plan doesn't support.
/// - You make a request that uses a feature that requires a higher feature plan.
///
/// To resolve this issue, upgrade your user pool to a feature plan that includes the feature.
#[awsop::aws_exception]
pub struct FeatureUnavailableInTierException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when WAF doesn't allow your request based on a web ACL that's associated with your user pool.
#[awsop::aws_exception]
pub struct ForbiddenException {
    /// The message returned when WAF doesn't allow your request based on a web ACL that's associated with your user pool.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters a group that already exists in the user pool.
#[awsop::aws_exception]
pub struct GroupExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an internal error.
#[awsop::aws_exception]
pub struct InternalErrorException {
    /// The message returned when Amazon Cognito throws an internal error exception.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an internal server error.
#[awsop::aws_exception]
pub struct InternalServerException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito isn't allowed to use your email identity. HTTP status code: 400.
#[awsop::aws_exception]
pub struct InvalidEmailRoleAccessPolicyException {
    /// The message returned when you have an unverified email address or the identity policy isn't set on an email address that Amazon Cognito can access.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an invalid Lambda response.
#[awsop::aws_exception]
pub struct InvalidLambdaResponseException {
    /// The message returned when Amazon Cognito throws an invalid Lambda response exception.
    pub message: Option<String>,
}

/// This exception is thrown when the specified OAuth flow is not valid.
#[awsop::aws_exception]
pub struct InvalidOAuthFlowException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the Amazon Cognito service encounters an invalid parameter.
#[awsop::aws_exception]
pub struct InvalidParameterException {
    /// The message returned when the Amazon Cognito service throws an invalid parameter exception.
    pub message: Option<String>,
    /// The reason code of the exception.
    #[aws(rename = "reasonCode")]
    pub reason_code: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an invalid password.
#[awsop::aws_exception]
pub struct InvalidPasswordException {
    /// The message returned when Amazon Cognito throws an invalid user password exception.
    pub message: Option<String>,
}

/// This exception is returned when the role provided for SMS configuration doesn't have permission to publish using Amazon SNS.
#[awsop::aws_exception]
pub struct InvalidSmsRoleAccessPolicyException {
    /// The message returned when the invalid SMS role access policy exception is thrown.
    pub message: Option<String>,
}

/// This exception is thrown when the trust relationship is not valid for the role provided for SMS configuration. This can happen if you don't trust `cognito-idp.amazonaws.com` or the external ID provided in the role does not match what is provided in the SMS configuration for the user pool.
#[awsop::aws_exception]
pub struct InvalidSmsRoleTrustRelationshipException {
    /// The message returned when the role trust relationship for the SMS message is not valid.
    pub message: Option<String>,
}

/// This exception is thrown when the user pool configuration is not valid.
#[awsop::aws_exception]
pub struct InvalidUserPoolConfigurationException {
    /// The message returned when the user pool configuration is not valid.
    pub message: Option<String>,
}

/// This exception is thrown when a user exceeds the limit for a requested Amazon Web Services resource.
#[awsop::aws_exception]
pub struct LimitExceededException {
    /// The message returned when Amazon Cognito throws a limit exceeded exception.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito can't find a multi-factor authentication (MFA) method.
#[awsop::aws_exception]
pub struct MfaMethodNotFoundException {
    /// The message returned when Amazon Cognito throws an MFA method not found exception.
    pub message: Option<String>,
}

/// This exception is thrown when you attempt to apply a managed login branding style to an app client that already has an assigned style.
#[awsop::aws_exception]
pub struct ManagedLoginBrandingExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't authorized.
#[awsop::aws_exception]
pub struct NotAuthorizedException {
    /// The message returned when the Amazon Cognito service returns a not authorized exception.
    pub message: Option<String>,
}

/// This exception is thrown when an operation is not available in the current region or for the current user pool configuration. This can occur when attempting to perform operations that are not supported in secondary replica regions.
#[awsop::aws_exception]
pub struct OperationNotEnabledException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The message returned when a user's new password matches a previous password and doesn't comply with the password-history policy.
#[awsop::aws_exception]
pub struct PasswordHistoryPolicyViolationException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a password reset is required.
#[awsop::aws_exception]
pub struct PasswordResetRequiredException {
    /// The message returned when a password reset is required.
    pub message: Option<String>,
}

/// This exception is thrown when a precondition is not met.
#[awsop::aws_exception]
pub struct PreconditionNotMetException {
    /// The message returned when a precondition is not met.
    pub message: Option<String>,
}

/// This exception is throw when your application requests token refresh with a refresh token that has been invalidated by refresh-token rotation.
#[awsop::aws_exception]
pub struct RefreshTokenReuseException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the Amazon Cognito service can't find the requested resource.
#[awsop::aws_exception]
pub struct ResourceNotFoundException {
    /// The message returned when the Amazon Cognito service returns a resource not found exception.
    pub message: Option<String>,
}

/// This exception is thrown when the specified scope doesn't exist.
#[awsop::aws_exception]
pub struct ScopeDoesNotExistException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The request exceeded your account's service quota. To increase your limit, use or submit a Service Quotas increase request.
#[awsop::aws_exception]
pub struct ServiceQuotaExceededException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the software token time-based one-time password (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
#[awsop::aws_exception]
pub struct SoftwareTokenMfaNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// Terms document names must be unique to the app client. This exception is thrown when you attempt to create terms documents with a duplicate `TermsName`.
#[awsop::aws_exception]
pub struct TermsExistsException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when you've attempted to change your feature plan but the operation isn't permitted.
#[awsop::aws_exception]
pub struct TierChangeNotAllowedException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the user has made too many failed attempts for a given action, such as sign-in.
#[awsop::aws_exception]
pub struct TooManyFailedAttemptsException {
    /// The message returned when Amazon Cognito returns a `TooManyFailedAttempts` exception.
    pub message: Option<String>,
}

/// This exception is thrown when the user has made too many requests for a given operation.
#[awsop::aws_exception]
pub struct TooManyRequestsException {
    /// The message returned when the Amazon Cognito service returns a too many requests exception.
    pub message: Option<String>,
}

/// Exception that is thrown when the request isn't authorized. This can happen due to an invalid access token in the request.
#[awsop::aws_exception]
pub struct UnauthorizedException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters an unexpected exception with Lambda.
#[awsop::aws_exception]
pub struct UnexpectedLambdaException {
    /// The message returned when Amazon Cognito returns an unexpected Lambda exception.
    pub message: Option<String>,
}

/// This exception is thrown when the specified identifier isn't supported.
#[awsop::aws_exception]
pub struct UnsupportedIdentityProviderException {
    /// The `message` member.
    pub message: Option<String>,
}

/// Exception that is thrown when you attempt to perform an operation that isn't enabled for the user pool client.
#[awsop::aws_exception]
pub struct UnsupportedOperationException {
    /// The `message` member.
    pub message: Option<String>,
}

/// Exception that is thrown when an unsupported token is passed to an operation.
#[awsop::aws_exception]
pub struct UnsupportedTokenTypeException {
    /// The `message` member.
    pub message: Option<String>,
}

/// The request failed because the user is in an unsupported state.
#[awsop::aws_exception]
pub struct UnsupportedUserStateException {
    /// The message returned when the user is in an unsupported state.
    pub message: Option<String>,
}

/// This exception is thrown when you're trying to modify a user pool while a user import job is in progress for that pool.
#[awsop::aws_exception]
pub struct UserImportInProgressException {
    /// The message returned when the user pool has an import job running.
    pub message: Option<String>,
}

/// This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service.
#[awsop::aws_exception]
pub struct UserLambdaValidationException {
    /// The message returned when the Amazon Cognito service returns a user validation exception with the Lambda service.
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't confirmed successfully.
#[awsop::aws_exception]
pub struct UserNotConfirmedException {
    /// The message returned when a user isn't confirmed successfully.
    pub message: Option<String>,
}

/// This exception is thrown when a user isn't found.
#[awsop::aws_exception]
pub struct UserNotFoundException {
    /// The message returned when a user isn't found.
    pub message: Option<String>,
}

/// This exception is thrown when user pool add-ons aren't enabled.
#[awsop::aws_exception]
pub struct UserPoolAddOnNotEnabledException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a user pool tag can't be set or updated.
#[awsop::aws_exception]
pub struct UserPoolTaggingException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when Amazon Cognito encounters a user name that already exists in the user pool.
#[awsop::aws_exception]
pub struct UsernameExistsException {
    /// The message returned when Amazon Cognito throws a user name exists exception.
    pub message: Option<String>,
}

/// This exception is thrown when the challenge from `StartWebAuthn` registration has expired.
#[awsop::aws_exception]
pub struct WebAuthnChallengeNotFoundException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the access token is for a different client than the one in the original `StartWebAuthnRegistration` request.
#[awsop::aws_exception]
pub struct WebAuthnClientMismatchException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a user pool doesn't have a configured relying party id or a user pool domain.
#[awsop::aws_exception]
pub struct WebAuthnConfigurationMissingException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when a user presents passkey credentials from an unsupported device or provider.
#[awsop::aws_exception]
pub struct WebAuthnCredentialNotSupportedException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the passkey feature isn't enabled for the user pool.
#[awsop::aws_exception]
pub struct WebAuthnNotEnabledException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the passkey credential's registration origin does not align with the user pool relying party id.
#[awsop::aws_exception]
pub struct WebAuthnOriginNotAllowedException {
    /// The `message` member.
    pub message: Option<String>,
}

/// This exception is thrown when the given passkey credential is associated with a different relying party ID than the user pool relying party ID.
#[awsop::aws_exception]
pub struct WebAuthnRelyingPartyMismatchException {
    /// The `message` member.
    pub message: Option<String>,
}
