//! The operations: each request struct, its response and its errors.

use crate::*;

// ---- AddCustomAttributes ---------------------------------------------------

/// Adds additional user attributes to the user pool schema. Custom attributes can be mutable or immutable and have a `custom:` or `dev:` prefix. For more information, see [Custom attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-custom-attributes).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AddCustomAttributes", output = AddCustomAttributesResponse, error = AddCustomAttributesError)]
pub struct AddCustomAttributes {
    /// The ID of the user pool where you want to add custom attributes.
    pub user_pool_id: String,
    /// An array of custom attribute names and other properties. Sets the following characteristics:
    ///
    /// **AttributeDataType**
    ///
    /// The expected data type. Can be a string, a number, a date and time, or a boolean.
    ///
    /// **Mutable**
    ///
    /// If true, you can grant app clients write access to the attribute value. If false, the attribute value can only be set up on sign-up or administrator creation of users.
    ///
    /// **Name**
    ///
    /// The attribute name. For an attribute like `custom:myAttribute`, enter `myAttribute` for this field.
    ///
    /// **Required**
    ///
    /// When true, users who sign up or are created must set a value for the attribute.
    ///
    /// **NumberAttributeConstraints**
    ///
    /// The minimum and maximum length of accepted values for a `Number`-type attribute.
    ///
    /// **StringAttributeConstraints**
    ///
    /// The minimum and maximum length of accepted values for a `String`-type attribute.
    ///
    /// **DeveloperOnlyAttribute**
    ///
    /// This legacy option creates an attribute with a `dev:` prefix. You can only set the value of a developer-only attribute with administrative IAM credentials.
    pub custom_attributes: Vec<SchemaAttributeType>,
}

/// The response to [`AddCustomAttributes`].
///
/// Represents the response from the server for the request to add custom attributes.
#[awsop::aws_shape(output, eq)]
pub struct AddCustomAttributesResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AddCustomAttributes`].
#[awsop::aws_error]
pub enum AddCustomAttributesError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`UserImportInProgressException`]: the service returned `UserImportInProgressException`.
    UserImportInProgressException(UserImportInProgressException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AddUserPoolClientSecret -----------------------------------------------

/// Creates a new client secret for an existing confidential user pool app client. Supports up to 2 active secrets per app client for zero-downtime credential rotation workflows.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AddUserPoolClientSecret", output = AddUserPoolClientSecretResponse, error = AddUserPoolClientSecretError)]
pub struct AddUserPoolClientSecret {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: String,
    /// The ID of the app client for which you want to create a new secret.
    pub client_id: awsop::Sensitive<String>,
    /// The client secret value you want to use. If you don't provide this parameter, Amazon Cognito generates a secure secret for you.
    pub client_secret: Option<awsop::Sensitive<String>>,
}

/// The response to [`AddUserPoolClientSecret`].
///
/// The response from creating a new client secret.
#[awsop::aws_shape(output, eq)]
pub struct AddUserPoolClientSecretResponse {
    /// The details of the newly created client secret, including its unique identifier and creation timestamp. The ClientSecretValue is only returned when Amazon Cognito generates the secret. For custom secrets that you provide, the ClientSecretValue is not included in the response.
    pub client_secret_descriptor: Option<ClientSecretDescriptorType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AddUserPoolClientSecret`].
#[awsop::aws_error]
pub enum AddUserPoolClientSecretError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InternalServerException`]: the service returned `InternalServerException`.
    InternalServerException(InternalServerException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`AccessDeniedException`]: the service returned `AccessDeniedException`.
    AccessDeniedException(AccessDeniedException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminAddUserToGroup ---------------------------------------------------

/// Adds a user to a group. A user who is in a group can present a preferred-role claim to an identity pool, and populates a `cognito:groups` claim to their access and identity tokens.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminAddUserToGroup", output = AdminAddUserToGroupResponse, error = AdminAddUserToGroupError)]
pub struct AdminAddUserToGroup {
    /// The ID of the user pool that contains the group that you want to add the user to.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The name of the group that you want to add your user to.
    pub group_name: String,
}

/// The response to [`AdminAddUserToGroup`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct AdminAddUserToGroupResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminAddUserToGroup`].
#[awsop::aws_error]
pub enum AdminAddUserToGroupError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminConfirmSignUp ----------------------------------------------------

/// Confirms user sign-up as an administrator.
///
/// This request sets a user account active in a user pool that [requires confirmation of new user accounts](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#signing-up-users-in-your-app-and-confirming-them-as-admin) before they can sign in. You can configure your user pool to not send confirmation codes to new users and instead confirm them with this API operation on the back end.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
///
/// To configure your user pool to require administrative confirmation of users, set `AllowAdminCreateUserOnly` to `true` in a `CreateUserPool` or `UpdateUserPool` request.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminConfirmSignUp", output = AdminConfirmSignUpResponse, error = AdminConfirmSignUpError)]
pub struct AdminConfirmSignUp {
    /// The ID of the user pool where you want to confirm a user's sign-up request.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`AdminConfirmSignUp`].
///
/// Represents the response from the server for the request to confirm registration.
#[awsop::aws_shape(output, eq)]
pub struct AdminConfirmSignUpResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminConfirmSignUp`].
#[awsop::aws_error]
pub enum AdminConfirmSignUpError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyFailedAttemptsException`]: the service returned `TooManyFailedAttemptsException`.
    TooManyFailedAttemptsException(TooManyFailedAttemptsException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminCreateUser -------------------------------------------------------

/// Creates a new user in the specified user pool.
///
/// If `MessageAction` isn't set, the default is to send a welcome message via email or phone (SMS).
///
/// This message is based on a template that you configured in your call to create or update a user pool. This template includes your custom sign-up instructions and placeholders for user name and temporary password.
///
/// Alternatively, you can call `AdminCreateUser` with `SUPPRESS` for the `MessageAction` parameter, and Amazon Cognito won't send any email.
///
/// In either case, if the user has a password, they will be in the `FORCE_CHANGE_PASSWORD` state until they sign in and set their password. Your invitation message template must have the `{####}` password placeholder if your users have passwords. If your template doesn't have this placeholder, Amazon Cognito doesn't deliver the invitation message. In this case, you must update your message template and resend the password with a new `AdminCreateUser` request with a `MessageAction` value of `RESEND`.
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminCreateUser", output = AdminCreateUserResponse, error = AdminCreateUserError)]
pub struct AdminCreateUser {
    /// The ID of the user pool where you want to create a user.
    pub user_pool_id: String,
    /// The value that you want to set as the username sign-in attribute. The following conditions apply to the username parameter.
    ///
    /// - The username can't be a duplicate of another username in the same user pool.
    /// - You can't change the value of a username after you create it.
    /// - You can only provide a value if usernames are a valid sign-in attribute for your user pool. If your user pool only supports phone numbers or email addresses as sign-in attributes, Amazon Cognito automatically generates a username value. For more information, see [Customizing sign-in attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
    pub username: awsop::Sensitive<String>,
    /// An array of name-value pairs that contain user attributes and attribute values to be set for the user to be created. You can create a user without specifying any attributes other than `Username`. However, any attributes that you specify as required (when creating a user pool or in the **Attributes** tab of the console) either you should supply (in your call to `AdminCreateUser`) or the user should supply (when they sign up in response to your welcome message).
    ///
    /// For custom attributes, you must prepend the `custom:` prefix to the attribute name.
    ///
    /// To send a message inviting the user to sign up, you must specify the user's email address or phone number. You can do this in your call to AdminCreateUser or in the **Users** tab of the Amazon Cognito console for managing your user pools.
    ///
    /// You must also provide an email address or phone number when you expect the user to do passwordless sign-in with an email or SMS OTP. These attributes must be provided when passwordless options are the only available, or when you don't submit a `TemporaryPassword`.
    ///
    /// In your `AdminCreateUser` request, you can set the `email_verified` and `phone_number_verified` attributes to `true`. The following conditions apply:
    ///
    /// **email**
    ///
    /// The email address where you want the user to receive their confirmation code and username. You must provide a value for `email` when you want to set `email_verified` to `true`, or if you set `EMAIL` in the `DesiredDeliveryMediums` parameter.
    ///
    /// **phone\_number**
    ///
    /// The phone number where you want the user to receive their confirmation code and username. You must provide a value for `phone_number` when you want to set `phone_number_verified` to `true`, or if you set `SMS` in the `DesiredDeliveryMediums` parameter.
    pub user_attributes: Option<Vec<AttributeType>>,
    /// Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. This set of key-value pairs are for custom validation of information that you collect from your users but don't need to retain.
    ///
    /// Your Lambda function can analyze this additional data and act on it. Your function can automatically confirm and verify select users or perform external API operations like logging user attributes and validation data to Amazon CloudWatch Logs.
    ///
    /// For more information about the pre sign-up Lambda trigger, see [Pre sign-up Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
    pub validation_data: Option<Vec<AttributeType>>,
    /// The user's temporary password. This password must conform to the password policy that you specified when you created the user pool.
    ///
    /// The exception to the requirement for a password is when your user pool supports passwordless sign-in with email or SMS OTPs. To create a user with no password, omit this parameter or submit a blank value. You can only create a passwordless user when passwordless sign-in is available.
    ///
    /// The temporary password is valid only once. To complete the Admin Create User flow, the user must enter the temporary password in the sign-in page, along with a new password to be used in all future sign-ins.
    ///
    /// If you don't specify a value, Amazon Cognito generates one for you unless you have passwordless options active for your user pool.
    ///
    /// The temporary password can only be used until the user account expiration limit that you set for your user pool. To reset the account after that time limit, you must call `AdminCreateUser` again and specify `RESEND` for the `MessageAction` parameter.
    pub temporary_password: Option<awsop::Sensitive<String>>,
    /// This parameter is used only if the `phone_number_verified` or `email_verified` attribute is set to `True`. Otherwise, it is ignored.
    ///
    /// If this parameter is set to `True` and the phone number or email address specified in the `UserAttributes` parameter already exists as an alias with a different user, this request migrates the alias from the previous user to the newly-created user. The previous user will no longer be able to log in using that alias.
    ///
    /// If this parameter is set to `False`, the API throws an `AliasExistsException` error if the alias already exists. The default value is `False`.
    pub force_alias_creation: Option<bool>,
    /// Set to `RESEND` to resend the invitation message to a user that already exists, and to reset the temporary-password duration with a new temporary password. Set to `SUPPRESS` to suppress sending the message. You can specify only one value.
    pub message_action: Option<MessageActionType>,
    /// Specify `EMAIL` if email will be used to send the welcome message. Specify `SMS` if the phone number will be used. The default value is `SMS`. You can specify more than one value.
    pub desired_delivery_mediums: Option<Vec<DeliveryMediumType>>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`AdminCreateUser`].
///
/// Represents the response from the server to the request to create the user.
#[awsop::aws_shape(output, eq)]
pub struct AdminCreateUserResponse {
    /// The new user's profile details.
    pub user: Option<UserType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminCreateUser`].
#[awsop::aws_error]
pub enum AdminCreateUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UsernameExistsException`]: the service returned `UsernameExistsException`.
    UsernameExistsException(UsernameExistsException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`PreconditionNotMetException`]: the service returned `PreconditionNotMetException`.
    PreconditionNotMetException(PreconditionNotMetException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UnsupportedUserStateException`]: the service returned `UnsupportedUserStateException`.
    UnsupportedUserStateException(UnsupportedUserStateException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminDeleteSoftwareToken ----------------------------------------------

/// Deletes a user's registered time-based one-time password (TOTP) multi-factor authentication (MFA) factor, also known as a software token. After this operation, the user can no longer sign in with TOTP MFA, and can register a new TOTP factor with `AssociateSoftwareToken`. Use this operation when a user loses access to their TOTP-generating device, for example, a lost or reset phone, and needs to register a new one.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminDeleteSoftwareToken", output = AdminDeleteSoftwareTokenResponse, error = AdminDeleteSoftwareTokenError)]
pub struct AdminDeleteSoftwareToken {
    /// The ID of the user pool where you want to delete the user's software token.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminDeleteSoftwareToken`].
#[awsop::aws_shape(output, eq)]
pub struct AdminDeleteSoftwareTokenResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDeleteSoftwareToken`].
#[awsop::aws_error]
pub enum AdminDeleteSoftwareTokenError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminDeleteUser -------------------------------------------------------

/// Deletes a user profile in your user pool.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminDeleteUser", output = AdminDeleteUserResponse, error = AdminDeleteUserError)]
pub struct AdminDeleteUser {
    /// The ID of the user pool where you want to delete the user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminDeleteUser`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct AdminDeleteUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDeleteUser`].
#[awsop::aws_error]
pub enum AdminDeleteUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminDeleteUserAttributes ---------------------------------------------

/// Deletes attribute values from a user. This operation doesn't affect tokens for existing user sessions. The next ID token that the user receives will no longer have the deleted attributes.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminDeleteUserAttributes", output = AdminDeleteUserAttributesResponse, error = AdminDeleteUserAttributesError)]
pub struct AdminDeleteUserAttributes {
    /// The ID of the user pool where you want to delete user attributes.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// An array of strings representing the user attribute names you want to delete.
    ///
    /// For custom attributes, you must prepend the `custom:` prefix to the attribute name.
    pub user_attribute_names: Vec<String>,
}

/// The response to [`AdminDeleteUserAttributes`].
///
/// Represents the response received from the server for a request to delete user attributes.
#[awsop::aws_shape(output, eq)]
pub struct AdminDeleteUserAttributesResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDeleteUserAttributes`].
#[awsop::aws_error]
pub enum AdminDeleteUserAttributesError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminDisableProviderForUser -------------------------------------------

/// Prevents the user from signing in with the specified external (SAML or social) identity provider (IdP). If the user that you want to deactivate is a Amazon Cognito user pools native username + password user, they can't use their password to sign in. If the user to deactivate is a linked external IdP user, any link between that user and an existing user is removed. When the external user signs in again, and the user is no longer attached to the previously linked `DestinationUser`, the user must create a new user account.
///
/// The value of `ProviderName` must match the name of a user pool IdP.
///
/// To deactivate a local user, set `ProviderName` to `Cognito` and the `ProviderAttributeName` to `Cognito_Subject`. The `ProviderAttributeValue` must be user's local username.
///
/// The `ProviderAttributeName` must always be `Cognito_Subject` for social IdPs. The `ProviderAttributeValue` must always be the exact subject that was used when the user was originally linked as a source user.
///
/// For de-linking a SAML identity, there are two scenarios. If the linked identity has not yet been used to sign in, the `ProviderAttributeName` and `ProviderAttributeValue` must be the same values that were used for the `SourceUser` when the identities were originally linked using `AdminLinkProviderForUser` call. This is also true if the linking was done with `ProviderAttributeName` set to `Cognito_Subject`. If the user has already signed in, the `ProviderAttributeName` must be `Cognito_Subject` and `ProviderAttributeValue` must be the `NameID` from their SAML assertion.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminDisableProviderForUser", output = AdminDisableProviderForUserResponse, error = AdminDisableProviderForUserError)]
pub struct AdminDisableProviderForUser {
    /// The ID of the user pool where you want to delete the user's linked identities.
    pub user_pool_id: String,
    /// The user profile that you want to delete a linked identity from.
    pub user: ProviderUserIdentifierType,
}

/// The response to [`AdminDisableProviderForUser`].
#[awsop::aws_shape(output, eq)]
pub struct AdminDisableProviderForUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDisableProviderForUser`].
#[awsop::aws_error]
pub enum AdminDisableProviderForUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminDisableUser ------------------------------------------------------

/// Deactivates a user profile and revokes all access tokens for the user. A deactivated user can't sign in, but still appears in the responses to `ListUsers` API requests.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminDisableUser", output = AdminDisableUserResponse, error = AdminDisableUserError)]
pub struct AdminDisableUser {
    /// The ID of the user pool where you want to disable the user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminDisableUser`].
///
/// Represents the response received from the server to disable the user as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminDisableUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminDisableUser`].
#[awsop::aws_error]
pub enum AdminDisableUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminEnableUser -------------------------------------------------------

/// Activates sign-in for a user profile that previously had sign-in access disabled.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminEnableUser", output = AdminEnableUserResponse, error = AdminEnableUserError)]
pub struct AdminEnableUser {
    /// The ID of the user pool where you want to activate sign-in for the user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminEnableUser`].
///
/// Represents the response from the server for the request to enable a user as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminEnableUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminEnableUser`].
#[awsop::aws_error]
pub enum AdminEnableUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminForgetDevice -----------------------------------------------------

/// Forgets, or deletes, a remembered device from a user's profile. After you forget the device, the user can no longer complete device authentication with that device and when applicable, must submit MFA codes again. For more information, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminForgetDevice", output = AdminForgetDeviceResponse, error = AdminForgetDeviceError)]
pub struct AdminForgetDevice {
    /// The ID of the user pool where the device owner is a user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The key ID of the device that you want to delete.
    pub device_key: String,
}

/// The response to [`AdminForgetDevice`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct AdminForgetDeviceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminForgetDevice`].
#[awsop::aws_error]
pub enum AdminForgetDeviceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminGetDevice --------------------------------------------------------

/// Given the device key, returns details for a user's device. For more information, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminGetDevice", output = AdminGetDeviceResponse, error = AdminGetDeviceError)]
pub struct AdminGetDevice {
    /// The key of the device that you want to delete.
    pub device_key: String,
    /// The ID of the user pool where the device owner is a user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminGetDevice`].
///
/// Gets the device response, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminGetDeviceResponse {
    /// Details of the requested device. Includes device information, last-accessed and created dates, and the device key.
    pub device: DeviceType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminGetDevice`].
#[awsop::aws_error]
pub enum AdminGetDeviceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminGetUser ----------------------------------------------------------

/// Given a username, returns details about a user profile in a user pool. You can specify alias attributes in the `Username` request parameter.
///
/// This operation contributes to your monthly active user (MAU) count for the purpose of billing.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminGetUser", output = AdminGetUserResponse, error = AdminGetUserError)]
pub struct AdminGetUser {
    /// The ID of the user pool where you want to get information about the user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminGetUser`].
///
/// Represents the response from the server from the request to get the specified user as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminGetUserResponse {
    /// The username of the user that you requested.
    pub username: awsop::Sensitive<String>,
    /// An array of name-value pairs of user attributes and their values, for example `"email": "testuser@example.com"`.
    pub user_attributes: Option<Vec<AttributeType>>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub user_create_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub user_last_modified_date: Option<awsop::time::DateTime>,
    /// Indicates whether the user is activated for sign-in.
    pub enabled: Option<bool>,
    /// The user's status. Can be one of the following:
    ///
    /// - UNCONFIRMED - User has been created but not confirmed.
    /// - CONFIRMED - User has been confirmed.
    /// - UNKNOWN - User status isn't known.
    /// - RESET\_REQUIRED - User is confirmed, but the user must request a code and reset their password before they can sign in.
    /// - FORCE\_CHANGE\_PASSWORD - The user is confirmed and the user can sign in using a temporary password, but on first sign-in, the user must change their password to a new value before doing anything else.
    /// - EXTERNAL\_PROVIDER - The user signed in with a third-party identity provider.
    pub user_status: Option<UserStatusType>,
    /// *This response parameter is no longer supported.* It provides information only about SMS MFA configurations. It doesn't provide information about time-based one-time password (TOTP) software token MFA configurations. To look up information about either type of MFA configuration, use UserMFASettingList instead.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MfaOptionType>>,
    /// The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA.
    pub preferred_mfa_setting: Option<String>,
    /// The MFA options that are activated for the user. The possible values in this list are `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`.
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminGetUser`].
#[awsop::aws_error]
pub enum AdminGetUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminGetUserAuthFactors -----------------------------------------------

/// Lists the authentication options for a user in a user pool. Returns the following:
///
/// 1. The user's multi-factor authentication (MFA) preferences.
/// 2. The user's options for choice-based authentication with the `USER_AUTH` flow.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminGetUserAuthFactors", output = AdminGetUserAuthFactorsResponse, error = AdminGetUserAuthFactorsError)]
pub struct AdminGetUserAuthFactors {
    /// The ID of the user pool where you want to get information about the user's authentication factors.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminGetUserAuthFactors`].
#[awsop::aws_shape(output, eq)]
pub struct AdminGetUserAuthFactorsResponse {
    /// The name of the user who is eligible for the authentication factors in the response.
    pub username: awsop::Sensitive<String>,
    /// The challenge method that Amazon Cognito returns to the user in response to sign-in requests. Users can prefer SMS message, email message, or TOTP MFA.
    pub preferred_mfa_setting: Option<String>,
    /// The MFA options that are activated for the user. The possible values in this list are `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`.
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    /// The authentication types that are available to the user with `USER_AUTH` sign-in, for example `["PASSWORD", "WEB_AUTHN"]`.
    ///
    /// `PASSWORD` can only be used as a first authentication factor. `SOFTWARE_TOKEN` can only be used as an MFA factor. `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN` can be used as either a first authentication factor or an MFA factor. `WEB_AUTHN` is available as an MFA factor only when passkey MFA is enabled at the user pool level.
    pub configured_user_auth_factors: Option<Vec<AuthFactorType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminGetUserAuthFactors`].
#[awsop::aws_error]
pub enum AdminGetUserAuthFactorsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminInitiateAuth -----------------------------------------------------

/// Starts sign-in for applications with a server-side component, for example a traditional web application. This operation specifies the authentication flow that you'd like to begin. The authentication flow that you specify must be supported in your app client configuration. For more information about authentication flows, see [Authentication flows](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminInitiateAuth", output = AdminInitiateAuthResponse, error = AdminInitiateAuthError)]
pub struct AdminInitiateAuth {
    /// The ID of the user pool where the user wants to sign in.
    pub user_pool_id: String,
    /// The ID of the app client where the user wants to sign in.
    pub client_id: awsop::Sensitive<String>,
    /// The authentication flow that you want to initiate. Each `AuthFlow` has linked `AuthParameters` that you must submit. The following are some example flows.
    ///
    /// **USER\_AUTH**
    ///
    /// The entry point for [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice) with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred authentication type or review available authentication types. From the offered authentication types, select one in a challenge response and then authenticate with that method in an additional challenge response. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    ///
    /// **USER\_SRP\_AUTH**
    ///
    /// Username-password authentication with the Secure Remote Password (SRP) protocol. For more information, see [Use SRP password verification in custom authentication flow](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html#Using-SRP-password-verification-in-custom-authentication-flow).
    ///
    /// **REFRESH\_TOKEN\_AUTH and REFRESH\_TOKEN**
    ///
    /// Receive new ID and access tokens when you pass a `REFRESH_TOKEN` parameter with a valid refresh token as the value. For more information, see [Using the refresh token](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
    ///
    /// **CUSTOM\_AUTH**
    ///
    /// Custom authentication with Lambda triggers. For more information, see [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    ///
    /// **ADMIN\_USER\_PASSWORD\_AUTH**
    ///
    /// Server-side username-password authentication with the password sent directly in the request. For more information about client-side and server-side authentication, see [SDK authorization models](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html).
    pub auth_flow: AuthFlowType,
    /// The authentication parameters. These are inputs corresponding to the `AuthFlow` that you're invoking.
    ///
    /// The following are some authentication flows and their parameters. Add a `SECRET_HASH` parameter if your app client has a client secret. Add `DEVICE_KEY` if you want to bypass multi-factor authentication with a remembered device.
    ///
    /// **USER\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `PREFERRED_CHALLENGE`. If you don't provide a value for `PREFERRED_CHALLENGE`, Amazon Cognito responds with the `AvailableChallenges` parameter that specifies the available sign-in methods.
    /// - `TARGET_ACR_VALUES`. An optional, space-separated list of the authentication context class reference (ACR) level URIs that you want the user to reach. List the levels in priority order, from highest to lowest. Amazon Cognito attempts the highest-priority level that the user can satisfy, and falls back through the list. Amazon Cognito ignores any value that it doesn't recognize. If none of the requested values are valid, Amazon Cognito returns an error.
    ///
    ///   Requesting step-up authentication with this parameter requires the Essentials or Plus feature plan. On a lower feature plan, AdminInitiateAuth returns a FeatureUnavailableInTierException. `USERNAME` is required. When you provide an `ACCESS_TOKEN`, you must also provide `TARGET_ACR_VALUES`. Amazon Cognito returns an error if you provide an `ACCESS_TOKEN` without `TARGET_ACR_VALUES`. The `USERNAME` that you provide must match the user that the `ACCESS_TOKEN` was issued for.
    ///
    ///   For more information about step-up authentication and how Amazon Cognito handles multi-factor authentication requirements, see [Step-up authentication with ACR and AMR](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-step-up-authentication.html) in the *Amazon Cognito Developer Guide*.
    /// - `MAX_AGE`. An optional integer that sets the maximum number of seconds allowed since the user last authenticated. If the user's most recent authentication is older than this value, Amazon Cognito discards the authentication-methods credit from any access token that you provide and processes the request as a fresh authentication toward the target level. The access token itself remains valid.
    ///
    /// **USER\_SRP\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `SRP_A` (required)
    ///
    /// **ADMIN\_USER\_PASSWORD\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `PASSWORD` (required)
    ///
    /// **REFRESH\_TOKEN\_AUTH/REFRESH\_TOKEN**
    ///
    /// - `REFRESH_TOKEN`(required)
    ///
    /// **CUSTOM\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `ChallengeName: SRP_A` (when preceding custom authentication with SRP authentication)
    /// - `SRP_A: (An SRP_A value)` (when preceding custom authentication with SRP authentication)
    ///
    /// For more information about `SECRET_HASH`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash). For information about `DEVICE_KEY`, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    #[aws(sensitive)]
    pub auth_parameters: Option<std::collections::HashMap<String, String>>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// The `ClientMetadata` value is passed as input to the functions for only the following triggers:
    ///
    /// - Pre signup
    /// - Pre authentication
    /// - User migration
    ///
    /// This request also invokes the functions for the following triggers, but doesn't pass `ClientMetadata`:
    ///
    /// - Post authentication
    /// - Custom message
    /// - Pre token generation
    /// - Create auth challenge
    /// - Define auth challenge
    /// - Custom email sender
    /// - Custom SMS sender
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub context_data: Option<ContextDataType>,
    /// The optional session ID from a `ConfirmSignUp` API request. You can sign in a user directly from the sign-up process with an `AuthFlow` of `USER_AUTH` and `AuthParameters` of `EMAIL_OTP` or `SMS_OTP`, depending on how your user pool sent the confirmation-code message.
    pub session: Option<awsop::Sensitive<String>>,
}

/// The response to [`AdminInitiateAuth`].
///
/// Initiates the authentication response, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminInitiateAuthResponse {
    /// The name of the challenge that you're responding to with this call. This is returned in the `AdminInitiateAuth` response if you must pass another challenge.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: Option<ChallengeNameType>,
    /// The session that must be passed to challenge-response requests. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results in another authentication challenge, Amazon Cognito returns a session ID and the parameters of the next challenge. Pass this session ID in the `Session` parameter of `AdminRespondToAuthChallenge`.
    pub session: Option<awsop::Sensitive<String>>,
    /// The parameters of an authentication challenge. Amazon Cognito returns challenge parameters as a guide to the responses your user or application must provide for the returned `ChallengeName`. Calculate responses to the challenge parameters and pass them in the `ChallengeParameters` of `AdminRespondToAuthChallenge`.
    ///
    /// All challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH`.
    ///
    /// In SRP challenges, Amazon Cognito returns the `username` attribute in `USER_ID_FOR_SRP` instead of any email address, preferred username, or phone number alias that you might have specified in your `AdminInitiateAuth` request. You must use the username and not an alias in the `ChallengeResponses` of your challenge response.
    pub challenge_parameters: Option<std::collections::HashMap<String, String>>,
    /// The outcome of successful authentication. This is only returned if the user pool has no additional challenges to return. If Amazon Cognito returns another challenge, the response includes `ChallengeName`, `ChallengeParameters`, and `Session` so that your user can answer the challenge.
    pub authentication_result: Option<AuthenticationResultType>,
    /// This response parameter lists the available authentication challenges that users can select from in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice). For example, they might be able to choose between passkey authentication, a one-time password from an SMS message, and a traditional password.
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminInitiateAuth`].
#[awsop::aws_error]
pub enum AdminInitiateAuthError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`MfaMethodNotFoundException`]: the service returned `MFAMethodNotFoundException`.
    #[aws(code = "MFAMethodNotFoundException")]
    MfaMethodNotFoundException(MfaMethodNotFoundException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminLinkProviderForUser ----------------------------------------------

/// Links an existing user account in a user pool, or `DestinationUser`, to an identity from an external IdP, or `SourceUser`, based on a specified attribute name and value from the external IdP.
///
/// This operation connects a local user profile with a user identity who hasn't yet signed in from their third-party IdP. When the user signs in with their IdP, they get access-control configuration from the local user profile. Linked local users can also sign in with SDK-based API operations like `InitiateAuth` after they sign in at least once through their IdP. For more information, see [Linking federated users](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html).
///
/// **Note:** The maximum number of federated identities linked to a user is five.
///
/// **Important:** Because this API allows a user with an external federated identity to sign in as a local user, it is critical that it only be used with external IdPs and linked attributes that you trust.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminLinkProviderForUser", output = AdminLinkProviderForUserResponse, error = AdminLinkProviderForUserError)]
pub struct AdminLinkProviderForUser {
    /// The ID of the user pool where you want to link a federated identity.
    pub user_pool_id: String,
    /// The existing user in the user pool that you want to assign to the external IdP user account. This user can be a local (Username + Password) Amazon Cognito user pools user or a federated user (for example, a SAML or Facebook user). If the user doesn't exist, Amazon Cognito generates an exception. Amazon Cognito returns this user when the new user (with the linked IdP attribute) signs in.
    ///
    /// For a native username + password user, the `ProviderAttributeValue` for the `DestinationUser` should be the username in the user pool. For a federated user, it should be the provider-specific `user_id`.
    ///
    /// The `ProviderAttributeName` of the `DestinationUser` is ignored.
    ///
    /// The `ProviderName` should be set to `Cognito` for users in Cognito user pools.
    pub destination_user: ProviderUserIdentifierType,
    /// An external IdP account for a user who doesn't exist yet in the user pool. This user must be a federated user (for example, a SAML or Facebook user), not another native user.
    ///
    /// If the `SourceUser` is using a federated social IdP, such as Facebook, Google, or Login with Amazon, you must set the `ProviderAttributeName` to `Cognito_Subject`. For social IdPs, the `ProviderName` will be `Facebook`, `Google`, or `LoginWithAmazon`, and Amazon Cognito will automatically parse the Facebook, Google, and Login with Amazon tokens for `id`, `sub`, and `user_id`, respectively. The `ProviderAttributeValue` for the user must be the same value as the `id`, `sub`, or `user_id` value found in the social IdP token.
    ///
    /// For OIDC, the `ProviderAttributeName` can be any mapped value from a claim in the ID token, or that your app retrieves from the `userInfo` endpoint. For SAML, the `ProviderAttributeName` can be any mapped value from a claim in the SAML assertion.
    ///
    /// The following additional considerations apply to `SourceUser` for OIDC and SAML providers.
    ///
    /// - You must map the claim to a user pool attribute in your IdP configuration, and set the user pool attribute name as the value of `ProviderAttributeName` in your `AdminLinkProviderForUser` request. For example, `email`.
    /// - When you set `ProviderAttributeName` to `Cognito_Subject`, Amazon Cognito will automatically parse the default unique identifier found in the subject from the IdP token.
    pub source_user: ProviderUserIdentifierType,
}

/// The response to [`AdminLinkProviderForUser`].
#[awsop::aws_shape(output, eq)]
pub struct AdminLinkProviderForUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminLinkProviderForUser`].
#[awsop::aws_error]
pub enum AdminLinkProviderForUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminListDevices ------------------------------------------------------

/// Lists a user's registered devices. Remembered devices are used in authentication services where you offer a "Remember me" option for users who you want to permit to sign in without MFA from a trusted device. Users can bypass MFA while your application performs device SRP authentication on the back end. For more information, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminListDevices", output = AdminListDevicesResponse, error = AdminListDevicesError)]
pub struct AdminListDevices {
    /// The ID of the user pool where the device owner is a user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The maximum number of devices that you want Amazon Cognito to return in the response.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
}

/// The response to [`AdminListDevices`].
///
/// Lists the device's response, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminListDevicesResponse {
    /// An array of devices and their information. Each entry that's returned includes device information, last-accessed and created dates, and the device key.
    pub devices: Option<Vec<DeviceType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminListDevices`].
#[awsop::aws_error]
pub enum AdminListDevicesError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminListGroupsForUser ------------------------------------------------

/// Lists the groups that a user belongs to. User pool groups are identifiers that you can reference from the contents of ID and access tokens, and set preferred IAM roles for identity-pool authentication. For more information, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminListGroupsForUser", output = AdminListGroupsForUserResponse, error = AdminListGroupsForUserError)]
pub struct AdminListGroupsForUser {
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The ID of the user pool where you want to view a user's groups.
    pub user_pool_id: String,
    /// The maximum number of groups that you want Amazon Cognito to return in the response.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl AdminListGroupsForUser {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `Groups`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, GroupType> {
        self.paginate(client)
            .items(|out| out.groups.unwrap_or_default())
    }
}

/// The response to [`AdminListGroupsForUser`].
#[awsop::aws_shape(output, eq)]
pub struct AdminListGroupsForUserResponse {
    /// An array of groups and information about them.
    pub groups: Option<Vec<GroupType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminListGroupsForUser`].
#[awsop::aws_error]
pub enum AdminListGroupsForUserError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminListUserAuthEvents -----------------------------------------------

/// Requests a history of user activity and any risks detected as part of Amazon Cognito threat protection. For more information, see [Viewing user event history](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-event-user-history).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminListUserAuthEvents", output = AdminListUserAuthEventsResponse, error = AdminListUserAuthEventsError)]
pub struct AdminListUserAuthEvents {
    /// The Id of the user pool that contains the user profile with the logged events.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The maximum number of authentication events to return. Returns 60 events if you set `MaxResults` to 0, or if you don't include a `MaxResults` parameter.
    pub max_results: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl AdminListUserAuthEvents {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `AuthEvents`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, AuthEventType> {
        self.paginate(client)
            .items(|out| out.auth_events.unwrap_or_default())
    }
}

/// The response to [`AdminListUserAuthEvents`].
#[awsop::aws_shape(output, eq)]
pub struct AdminListUserAuthEventsResponse {
    /// The response object. It includes the `EventID`, `EventType`, `CreationDate`, `EventRisk`, and `EventResponse`.
    pub auth_events: Option<Vec<AuthEventType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminListUserAuthEvents`].
#[awsop::aws_error]
pub enum AdminListUserAuthEventsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`UserPoolAddOnNotEnabledException`]: the service returned `UserPoolAddOnNotEnabledException`.
    UserPoolAddOnNotEnabledException(UserPoolAddOnNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminListUserSessions -------------------------------------------------

/// Lists the active sessions for a specified user as an administrator. The response includes both token sessions and SSO sessions. Only active sessions are returned; revoked and expired sessions aren't included. Amazon Cognito returns all of a user's sessions in a single page of up to 125 sessions. The results are eventually consistent, and new sessions are typically included within a few seconds.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminListUserSessions", output = AdminListUserSessionsResponse, error = AdminListUserSessionsError)]
pub struct AdminListUserSessions {
    /// The ID of the user pool that contains the user.
    pub user_pool_id: String,
    /// The username of the user whose sessions you want to list.
    pub username: awsop::Sensitive<String>,
    /// A pagination token that Amazon Cognito returned in a previous response. Use this value to retrieve the next page of results if a `NextToken` was included in a prior response.
    pub next_token: Option<String>,
}

/// The response to [`AdminListUserSessions`].
#[awsop::aws_shape(output, eq)]
pub struct AdminListUserSessionsResponse {
    /// A list of the user's active sessions. Each element describes one token session or SSO session.
    pub sessions: Option<Vec<SessionDescriptionType>>,
    /// The pagination token to use in a subsequent request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminListUserSessions`].
#[awsop::aws_error]
pub enum AdminListUserSessionsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminRemoveUserFromGroup ----------------------------------------------

/// Given a username and a group name, removes them from the group. User pool groups are identifiers that you can reference from the contents of ID and access tokens, and set preferred IAM roles for identity-pool authentication. For more information, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminRemoveUserFromGroup", output = AdminRemoveUserFromGroupResponse, error = AdminRemoveUserFromGroupError)]
pub struct AdminRemoveUserFromGroup {
    /// The ID of the user pool that contains the group and the user that you want to remove.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The name of the group that you want to remove the user from, for example `MyTestGroup`.
    pub group_name: String,
}

/// The response to [`AdminRemoveUserFromGroup`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct AdminRemoveUserFromGroupResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminRemoveUserFromGroup`].
#[awsop::aws_error]
pub enum AdminRemoveUserFromGroupError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminResetUserPassword ------------------------------------------------

/// Begins the password reset process. Sets the requested user’s account into a `RESET_REQUIRED` status, and sends them a password-reset code. Your user pool also sends the user a notification with a reset code and the information that their password has been reset. At sign-in, your application or the managed login session receives a challenge to complete the reset by confirming the code and setting a new password.
///
/// To use this API operation, your user pool must have self-service account recovery configured.
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminResetUserPassword", output = AdminResetUserPasswordResponse, error = AdminResetUserPasswordError)]
pub struct AdminResetUserPassword {
    /// The ID of the user pool where you want to reset the user's password.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`AdminResetUserPassword`].
///
/// Represents the response from the server to reset a user password as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminResetUserPasswordResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminResetUserPassword`].
#[awsop::aws_error]
pub enum AdminResetUserPasswordError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminRespondToAuthChallenge -------------------------------------------

/// Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for device authentication that bypasses MFA, or for a custom authentication challenge. An `AdminRespondToAuthChallenge` API request provides the answer to that challenge, like a code or a secure remote password (SRP). The parameters of a response to an authentication challenge vary with the type of challenge.
///
/// For more information about custom authentication challenges, see [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminRespondToAuthChallenge", output = AdminRespondToAuthChallengeResponse, error = AdminRespondToAuthChallengeError)]
pub struct AdminRespondToAuthChallenge {
    /// The ID of the user pool where you want to respond to an authentication challenge.
    pub user_pool_id: String,
    /// The ID of the app client where you initiated sign-in.
    pub client_id: awsop::Sensitive<String>,
    /// The name of the challenge that you are responding to.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: ChallengeNameType,
    /// The responses to the challenge that you received in the previous request. Each challenge has its own required response parameters. The following examples are partial JSON request bodies that highlight challenge-response parameters.
    ///
    /// **Important:** You must provide a SECRET\_HASH parameter in all challenge responses to an app client that has a client secret. Include a `DEVICE_KEY` for device authentication.
    ///
    /// **SELECT\_CHALLENGE**
    ///
    /// `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME": "[username]", "ANSWER": "[Challenge name]"}`
    ///
    /// Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN`.
    ///
    /// Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`, `PASSWORD_SRP`, and `WEB_AUTHN`:
    ///
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "WEB_AUTHN", "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`
    ///
    ///   See [AuthenticationResponseJSON](https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD", "USERNAME": "[username]", "PASSWORD": "[password]"}`
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`
    ///
    /// For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your user pool will send a code for the user to submit in the next challenge response.
    ///
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "SMS_OTP", "USERNAME": "[username]"}`
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "EMAIL_OTP", "USERNAME": "[username]"}`
    ///
    /// **WEB\_AUTHN**
    ///
    /// `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`
    ///
    /// See [AuthenticationResponseJSON](https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
    ///
    /// **PASSWORD**
    ///
    /// `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME": "[username]", "PASSWORD": "[password]"}`
    ///
    /// **PASSWORD\_SRP**
    ///
    /// `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`
    ///
    /// **SMS\_OTP**
    ///
    /// `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **EMAIL\_OTP**
    ///
    /// `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **SMS\_MFA**
    ///
    /// `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **PASSWORD\_VERIFIER**
    ///
    /// This challenge response is part of the SRP flow. Amazon Cognito requires that your application respond to this challenge within a few seconds. When the response time exceeds this period, your user pool returns a `NotAuthorizedException` error.
    ///
    /// `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`
    ///
    /// **CUSTOM\_CHALLENGE**
    ///
    /// `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME": "[username]", "ANSWER": "[challenge_answer]"}`
    ///
    /// **NEW\_PASSWORD\_REQUIRED**
    ///
    /// `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses": {"NEW_PASSWORD": "[new_password]", "USERNAME": "[username]"}`
    ///
    /// To set any required attributes that `InitiateAuth` returned in an `requiredAttributes` parameter, add `"userAttributes.[attribute_name]": "[attribute_value]"`. This parameter can also set values for writable attributes that aren't required by your user pool.
    ///
    /// **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    ///
    /// **SOFTWARE\_TOKEN\_MFA**
    ///
    /// `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME": "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`
    ///
    /// **DEVICE\_SRP\_AUTH**
    ///
    /// `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME": "[username]", "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`
    ///
    /// **DEVICE\_PASSWORD\_VERIFIER**
    ///
    /// `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses": {"DEVICE_KEY": "[device_key]", "PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`
    ///
    /// **MFA\_SETUP**
    ///
    /// `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME": "[username]"}, "SESSION": "[Session ID from VerifySoftwareToken]"`
    ///
    /// **SELECT\_MFA\_TYPE**
    ///
    /// `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME": "[username]", "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`
    ///
    /// For more information about `SECRET_HASH`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash). For information about `DEVICE_KEY`, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    #[aws(sensitive)]
    pub challenge_responses: Option<std::collections::HashMap<String, String>>,
    /// The session identifier that maintains the state of authentication requests and challenge responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results in a determination that your application must pass another challenge, Amazon Cognito returns a session with other challenge parameters. Send this session identifier, unmodified, to the next `AdminRespondToAuthChallenge` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub context_data: Option<ContextDataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`AdminRespondToAuthChallenge`].
///
/// Responds to the authentication challenge, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminRespondToAuthChallengeResponse {
    /// The name of the next challenge that you must respond to.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: Option<ChallengeNameType>,
    /// The session identifier that maintains the state of authentication requests and challenge responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results in a determination that your application must pass another challenge, Amazon Cognito returns a session with other challenge parameters. Send this session identifier, unmodified, to the next `AdminRespondToAuthChallenge` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// The parameters that define your response to the next challenge.
    pub challenge_parameters: Option<std::collections::HashMap<String, String>>,
    /// The outcome of a successful authentication process. After your application has passed all challenges, Amazon Cognito returns an `AuthenticationResult` with the JSON web tokens (JWTs) that indicate successful sign-in.
    pub authentication_result: Option<AuthenticationResultType>,
    /// This response parameter lists the available authentication challenges that users can select from in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice). For example, they might be able to choose between passkey authentication, a one-time password from an SMS message, and a traditional password.
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminRespondToAuthChallenge`].
#[awsop::aws_error]
pub enum AdminRespondToAuthChallengeError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`PasswordHistoryPolicyViolationException`]: the service returned `PasswordHistoryPolicyViolationException`.
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`MfaMethodNotFoundException`]: the service returned `MFAMethodNotFoundException`.
    #[aws(code = "MFAMethodNotFoundException")]
    MfaMethodNotFoundException(MfaMethodNotFoundException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`SoftwareTokenMfaNotFoundException`]: the service returned `SoftwareTokenMFANotFoundException`.
    #[aws(code = "SoftwareTokenMFANotFoundException")]
    SoftwareTokenMfaNotFoundException(SoftwareTokenMfaNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminRevokeUserSession ------------------------------------------------

/// Revokes a specific user session as an administrator. Amazon Cognito revokes all refresh and access tokens that are associated with the session and deletes the session record. You can revoke either a token session or an SSO session, and you can optionally cascade the revocation to linked sessions.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminRevokeUserSession", output = AdminRevokeUserSessionResponse, error = AdminRevokeUserSessionError)]
pub struct AdminRevokeUserSession {
    /// The ID of the user pool that contains the session.
    pub user_pool_id: String,
    /// The username of the user who owns the session. The username must match the user associated with the `SessionId`, to confirm they are the intended target user.
    pub username: awsop::Sensitive<String>,
    /// The ID of the session to revoke. This is a 28-character string of lowercase letters and digits, prefixed with `tkn` for a token session or `sso` for an SSO session.
    pub session_id: String,
    /// Specifies whether to also revoke the sessions that are linked to the targeted session. `NONE`, the default, revokes only the targeted session. `LINKED` also revokes the directly linked session or sessions, interpreted relative to the type of the targeted session: revoking a token session also revokes the parent SSO session it came through, and revoking an SSO session also revokes the token sessions that came through it. The set of linked sessions is eventually consistent, so associated sessions are typically revoked within a few seconds.
    pub revoke_associated_sessions: Option<RevokeAssociatedSessionsType>,
}

/// The response to [`AdminRevokeUserSession`].
#[awsop::aws_shape(output, eq)]
pub struct AdminRevokeUserSessionResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminRevokeUserSession`].
#[awsop::aws_error]
pub enum AdminRevokeUserSessionError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminSetUserMFAPreference ---------------------------------------------

/// Sets the user's multi-factor authentication (MFA) preference, including which MFA options are activated, and if any are preferred. Only one factor can be set as preferred. The preferred MFA factor will be used to authenticate a user if multiple factors are activated. If multiple options are activated and no preference is set, a challenge to choose an MFA option will be returned during sign-in.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminSetUserMFAPreference", output = AdminSetUserMfaPreferenceResponse, error = AdminSetUserMfaPreferenceError)]
pub struct AdminSetUserMfaPreference {
    /// User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the preferred MFA method when multiple methods are available.
    #[aws(rename = "SMSMfaSettings")]
    pub sms_mfa_settings: Option<SmsMfaSettingsType>,
    /// User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates TOTP MFA and sets it as the preferred MFA method when multiple methods are available.
    pub software_token_mfa_settings: Option<SoftwareTokenMfaSettingsType>,
    /// User preferences for email message MFA. Activates or deactivates email MFA and sets it as the preferred MFA method when multiple methods are available. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub email_mfa_settings: Option<EmailMfaSettingsType>,
    /// User preferences for passkey MFA. Activates or deactivates passkey MFA for the user. When activated, passkey authentication requires user verification, and passkey sign-in is available when MFA is required. To activate this setting, the `FactorConfiguration` of your user pool `WebAuthnConfiguration` must be `MULTI_FACTOR_WITH_USER_VERIFICATION`. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub web_authn_mfa_settings: Option<WebAuthnMfaSettingsType>,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The ID of the user pool where you want to set a user's MFA preferences.
    pub user_pool_id: String,
}

/// The response to [`AdminSetUserMfaPreference`].
#[awsop::aws_shape(output, eq)]
pub struct AdminSetUserMfaPreferenceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminSetUserMfaPreference`].
#[awsop::aws_error]
pub enum AdminSetUserMfaPreferenceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminSetUserPassword --------------------------------------------------

/// Sets the specified user's password in a user pool. This operation administratively sets a temporary or permanent password for a user. With this operation, you can bypass self-service password changes and permit immediate sign-in with the password that you set. To do this, set `Permanent` to `true`.
///
/// You can also set a new temporary password in this request, send it to a user, and require them to choose a new password on their next sign-in. To do this, set `Permanent` to `false`.
///
/// If the password is temporary, the user's `Status` becomes `FORCE_CHANGE_PASSWORD`. When the user next tries to sign in, the `InitiateAuth` or `AdminInitiateAuth` response includes the `NEW_PASSWORD_REQUIRED` challenge. If the user doesn't sign in before the temporary password expires, they can no longer sign in and you must repeat this operation to set a temporary or permanent password for them.
///
/// After the user sets a new password, or if you set a permanent password, their status becomes `Confirmed`.
///
/// `AdminSetUserPassword` can set a password for the user profile that Amazon Cognito creates for third-party federated users. When you set a password, the federated user's status changes from `EXTERNAL_PROVIDER` to `CONFIRMED`. A user in this state can sign in as a federated user, and initiate authentication flows in the API like a linked native user. They can also modify their password and attributes in token-authenticated API requests like `ChangePassword` and `UpdateUserAttributes`. As a best security practice and to keep users in sync with your external IdP, don't set passwords on federated user profiles. To set up a federated user for native sign-in with a linked native user, refer to [Linking federated users to an existing user profile](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminSetUserPassword", output = AdminSetUserPasswordResponse, error = AdminSetUserPasswordError)]
pub struct AdminSetUserPassword {
    /// The ID of the user pool where you want to set the user's password.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The new temporary or permanent password that you want to set for the user. You can't remove the password for a user who already has a password so that they can only sign in with passwordless methods. In this scenario, you must create a new user without a password.
    pub password: awsop::Sensitive<String>,
    /// Set to `true` to set a password that the user can immediately sign in with. Set to `false` to set a temporary password that the user must change on their next sign-in.
    pub permanent: Option<bool>,
}

/// The response to [`AdminSetUserPassword`].
#[awsop::aws_shape(output, eq)]
pub struct AdminSetUserPasswordResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminSetUserPassword`].
#[awsop::aws_error]
pub enum AdminSetUserPasswordError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`PasswordHistoryPolicyViolationException`]: the service returned `PasswordHistoryPolicyViolationException`.
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminSetUserSettings --------------------------------------------------

/// *This action is no longer supported.* You can use it to configure only SMS MFA. You can't use it to configure time-based one-time password (TOTP) software token MFA.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminSetUserSettings", output = AdminSetUserSettingsResponse, error = AdminSetUserSettingsError)]
pub struct AdminSetUserSettings {
    /// The ID of the user pool that contains the user whose options you're setting.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// You can use this parameter only to set an SMS configuration that uses SMS for delivery.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Vec<MfaOptionType>,
}

/// The response to [`AdminSetUserSettings`].
///
/// Represents the response from the server to set user settings as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminSetUserSettingsResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminSetUserSettings`].
#[awsop::aws_error]
pub enum AdminSetUserSettingsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminUpdateAuthEventFeedback ------------------------------------------

/// Provides the feedback for an authentication event generated by threat protection features. Your response indicates that you think that the event either was from a valid user or was an unwanted authentication attempt. This feedback improves the risk evaluation decision for the user pool as part of Amazon Cognito threat protection. To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
///
/// To train the threat-protection model to recognize trusted and untrusted sign-in characteristics, configure threat protection in audit-only mode and provide a mechanism for users or administrators to submit feedback. Your feedback can tell Amazon Cognito that a risk rating was assigned at a level you don't agree with.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminUpdateAuthEventFeedback", output = AdminUpdateAuthEventFeedbackResponse, error = AdminUpdateAuthEventFeedbackError)]
pub struct AdminUpdateAuthEventFeedback {
    /// The ID of the user pool where you want to submit authentication-event feedback.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The ID of the threat protection authentication event that you want to update.
    pub event_id: String,
    /// Your feedback to the authentication event. When you provide a `FeedbackValue` value of `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon Cognito evaluated a high-enough risk level.
    pub feedback_value: FeedbackValueType,
}

/// The response to [`AdminUpdateAuthEventFeedback`].
#[awsop::aws_shape(output, eq)]
pub struct AdminUpdateAuthEventFeedbackResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminUpdateAuthEventFeedback`].
#[awsop::aws_error]
pub enum AdminUpdateAuthEventFeedbackError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserPoolAddOnNotEnabledException`]: the service returned `UserPoolAddOnNotEnabledException`.
    UserPoolAddOnNotEnabledException(UserPoolAddOnNotEnabledException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminUpdateDeviceStatus -----------------------------------------------

/// Updates the status of a user's device so that it is marked as remembered or not remembered for the purpose of device authentication. Device authentication is a "remember me" mechanism that silently completes sign-in from trusted devices with a device key instead of a user-provided MFA code. This operation changes the status of a device without deleting it, so you can enable it again later. For more information about device authentication, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminUpdateDeviceStatus", output = AdminUpdateDeviceStatusResponse, error = AdminUpdateDeviceStatusError)]
pub struct AdminUpdateDeviceStatus {
    /// The ID of the user pool where you want to change a user's device status.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The unique identifier, or device key, of the device that you want to update the status for.
    pub device_key: String,
    /// To enable device authentication with the specified device, set to `remembered`.To disable, set to `not_remembered`.
    pub device_remembered_status: Option<DeviceRememberedStatusType>,
}

/// The response to [`AdminUpdateDeviceStatus`].
///
/// The status response to the request to update the device, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminUpdateDeviceStatusResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminUpdateDeviceStatus`].
#[awsop::aws_error]
pub enum AdminUpdateDeviceStatusError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminUpdateUserAttributes ---------------------------------------------

/// Updates the specified user's attributes. To delete an attribute from your user, submit the attribute in your API request with a blank value.
///
/// For custom attributes, you must add a `custom:` prefix to the attribute name, for example `custom:department`.
///
/// This operation can set a user's email address or phone number as verified and permit immediate sign-in in user pools that require verification of these attributes. To do this, set the `email_verified` or `phone_number_verified` attribute to `true`.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminUpdateUserAttributes", output = AdminUpdateUserAttributesResponse, error = AdminUpdateUserAttributesError)]
pub struct AdminUpdateUserAttributes {
    /// The ID of the user pool where you want to update user attributes.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// An array of name-value pairs representing user attributes.
    ///
    /// For custom attributes, you must prepend the `custom:` prefix to the attribute name.
    ///
    /// If your user pool requires verification before Amazon Cognito updates an attribute value that you specify in this request, Amazon Cognito doesn’t immediately update the value of that attribute. After your user receives and responds to a verification message to verify the new value, Amazon Cognito updates the attribute value. Your user can sign in and receive messages with the original attribute value until they verify the new value.
    ///
    /// To skip the verification message and update the value of an attribute that requires verification in the same API request, include the `email_verified` or `phone_number_verified` attribute, with a value of `true`. If you set the `email_verified` or `phone_number_verified` value for an `email` or `phone_number` attribute that requires verification to `true`, Amazon Cognito doesn’t send a verification message to your user.
    pub user_attributes: Vec<AttributeType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`AdminUpdateUserAttributes`].
///
/// Represents the response from the server for the request to update user attributes as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminUpdateUserAttributesResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminUpdateUserAttributes`].
#[awsop::aws_error]
pub enum AdminUpdateUserAttributesError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AdminUserGlobalSignOut ------------------------------------------------

/// Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user. Call this operation with your administrative credentials when your user signs out of your app. This results in the following behavior.
///
/// - Amazon Cognito no longer accepts *token-authorized* user operations that you authorize with a signed-out user's access tokens. For more information, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
///   Amazon Cognito returns an `Access Token has been revoked` error when your app attempts to authorize a user pools API request with a revoked access token that contains the scope `aws.cognito.signin.user.admin`.
/// - Amazon Cognito no longer accepts a signed-out user's ID token in a [GetId](https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html) request to an identity pool with `ServerSideTokenCheck` enabled for its user pool IdP configuration in [CognitoIdentityProvider](https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html).
/// - Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh requests.
///
/// Other requests might be valid until your user's token expires. This operation doesn't clear the [managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html) session cookie. To clear the session for a user who signed in with managed login or the classic hosted UI, direct their browser session to the [logout endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AdminUserGlobalSignOut", output = AdminUserGlobalSignOutResponse, error = AdminUserGlobalSignOutError)]
pub struct AdminUserGlobalSignOut {
    /// The ID of the user pool where you want to sign out a user.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
}

/// The response to [`AdminUserGlobalSignOut`].
///
/// The global sign-out response, as an administrator.
#[awsop::aws_shape(output, eq)]
pub struct AdminUserGlobalSignOutResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AdminUserGlobalSignOut`].
#[awsop::aws_error]
pub enum AdminUserGlobalSignOutError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- AssociateSoftwareToken ------------------------------------------------

/// Begins setup of time-based one-time password (TOTP) multi-factor authentication (MFA) for a user, with a unique private key that Amazon Cognito generates and returns in the API response. You can authorize an `AssociateSoftwareToken` request with either the user's access token, or a session string from a challenge response that you received from Amazon Cognito.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "AssociateSoftwareToken", output = AssociateSoftwareTokenResponse, error = AssociateSoftwareTokenError, auth = none)]
pub struct AssociateSoftwareToken {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    ///
    /// You can provide either an access token or a session ID in the request.
    pub access_token: Option<awsop::Sensitive<String>>,
    /// The session identifier that maintains the state of authentication requests and challenge responses. In `AssociateSoftwareToken`, this is the session ID from a successful sign-in. You can provide either an access token or a session ID in the request.
    pub session: Option<awsop::Sensitive<String>>,
}

/// The response to [`AssociateSoftwareToken`].
#[awsop::aws_shape(output, eq)]
pub struct AssociateSoftwareTokenResponse {
    /// A unique generated shared secret code that is used by the TOTP algorithm to generate a one-time code.
    pub secret_code: Option<awsop::Sensitive<String>>,
    /// The session identifier that maintains the state of authentication requests and challenge responses.
    pub session: Option<awsop::Sensitive<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`AssociateSoftwareToken`].
#[awsop::aws_error]
pub enum AssociateSoftwareTokenError {
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`SoftwareTokenMfaNotFoundException`]: the service returned `SoftwareTokenMFANotFoundException`.
    #[aws(code = "SoftwareTokenMFANotFoundException")]
    SoftwareTokenMfaNotFoundException(SoftwareTokenMfaNotFoundException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CancelPointInTimeRecovery ---------------------------------------------

/// Cancels a point-in-time recovery of a user pool before Amazon Cognito applies any changes. You can cancel a recovery when its status is `PREVIEW_GENERATING` or `PREVIEW_GENERATED`. When you cancel a recovery, Amazon Cognito discards the recovery preview, resumes write operations in the user pool, and sets the status of the recovery to `PREVIEW_CANCELLED`. Your user pool data doesn't change.
///
/// You can't cancel a recovery after you start it with a request.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CancelPointInTimeRecovery", output = CancelPointInTimeRecoveryResponse, error = CancelPointInTimeRecoveryError)]
pub struct CancelPointInTimeRecovery {
    /// The ID of the user pool that contains the recovery that you want to cancel.
    pub user_pool_id: String,
    /// The ID of the recovery that you want to cancel. Amazon Cognito returns this ID in the response to an `InitiatePointInTimeRecovery` request.
    pub restore_id: String,
}

/// The response to [`CancelPointInTimeRecovery`].
#[awsop::aws_shape(output, eq)]
pub struct CancelPointInTimeRecoveryResponse {
    /// The details of the canceled recovery, including its status.
    pub restoration: Option<RestorationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CancelPointInTimeRecovery`].
#[awsop::aws_error]
pub enum CancelPointInTimeRecoveryError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ChangePassword --------------------------------------------------------

/// Changes the password for the currently signed-in user.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ChangePassword", output = ChangePasswordResponse, error = ChangePasswordError, auth = none)]
pub struct ChangePassword {
    /// The user's previous password. Required if the user has a password. If the user has no password and only signs in with passwordless authentication options, you can omit this parameter.
    pub previous_password: Option<awsop::Sensitive<String>>,
    /// A new password that you prompted the user to enter in your application.
    pub proposed_password: awsop::Sensitive<String>,
    /// A valid access token that Amazon Cognito issued to the user whose password you want to change.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`ChangePassword`].
///
/// The response from the server to the change password request.
#[awsop::aws_shape(output, eq)]
pub struct ChangePasswordResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ChangePassword`].
#[awsop::aws_error]
pub enum ChangePasswordError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`PasswordHistoryPolicyViolationException`]: the service returned `PasswordHistoryPolicyViolationException`.
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CompleteWebAuthnRegistration ------------------------------------------

/// Completes registration of a passkey authenticator for the currently signed-in user.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CompleteWebAuthnRegistration", output = CompleteWebAuthnRegistrationResponse, error = CompleteWebAuthnRegistrationError, auth = none)]
pub struct CompleteWebAuthnRegistration {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// A [RegistrationResponseJSON](https://www.w3.org/TR/WebAuthn-3/#dictdef-registrationresponsejson) public-key credential response from the user's passkey provider.
    pub credential: awsop::wire::Document,
}

/// The response to [`CompleteWebAuthnRegistration`].
#[awsop::aws_shape(output, eq)]
pub struct CompleteWebAuthnRegistrationResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CompleteWebAuthnRegistration`].
#[awsop::aws_error]
pub enum CompleteWebAuthnRegistrationError {
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`WebAuthnNotEnabledException`]: the service returned `WebAuthnNotEnabledException`.
    WebAuthnNotEnabledException(WebAuthnNotEnabledException),
    /// [`WebAuthnChallengeNotFoundException`]: the service returned `WebAuthnChallengeNotFoundException`.
    WebAuthnChallengeNotFoundException(WebAuthnChallengeNotFoundException),
    /// [`WebAuthnRelyingPartyMismatchException`]: the service returned `WebAuthnRelyingPartyMismatchException`.
    WebAuthnRelyingPartyMismatchException(WebAuthnRelyingPartyMismatchException),
    /// [`WebAuthnClientMismatchException`]: the service returned `WebAuthnClientMismatchException`.
    WebAuthnClientMismatchException(WebAuthnClientMismatchException),
    /// [`WebAuthnOriginNotAllowedException`]: the service returned `WebAuthnOriginNotAllowedException`.
    WebAuthnOriginNotAllowedException(WebAuthnOriginNotAllowedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`WebAuthnCredentialNotSupportedException`]: the service returned `WebAuthnCredentialNotSupportedException`.
    WebAuthnCredentialNotSupportedException(WebAuthnCredentialNotSupportedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ConfirmDevice ---------------------------------------------------------

/// Confirms a device that a user wants to remember. A remembered device is a "Remember me on this device" option for user pools that perform authentication with the device key of a trusted device in the back end, instead of a user-provided MFA code. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ConfirmDevice", output = ConfirmDeviceResponse, error = ConfirmDeviceError, auth = none)]
pub struct ConfirmDevice {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The unique identifier, or device key, of the device that you want to update the status for.
    pub device_key: String,
    /// The configuration of the device secret verifier.
    pub device_secret_verifier_config: Option<DeviceSecretVerifierConfigType>,
    /// A friendly name for the device, for example `MyMobilePhone`.
    pub device_name: Option<String>,
}

/// The response to [`ConfirmDevice`].
///
/// The confirm-device response.
#[awsop::aws_shape(output, eq)]
pub struct ConfirmDeviceResponse {
    /// When `true`, your user must confirm that they want to remember the device. Prompt the user for an answer.
    ///
    /// When `false`, immediately sets the device as remembered and eligible for device authentication.
    ///
    /// You can configure your user pool to always remember devices, in which case this response is `false`, or to allow users to opt in, in which case this response is `true`. Configure this option under *Device tracking* in the *Sign-in* menu of your user pool.
    pub user_confirmation_necessary: Option<bool>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ConfirmDevice`].
#[awsop::aws_error]
pub enum ConfirmDeviceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`UsernameExistsException`]: the service returned `UsernameExistsException`.
    UsernameExistsException(UsernameExistsException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`DeviceKeyExistsException`]: the service returned `DeviceKeyExistsException`.
    DeviceKeyExistsException(DeviceKeyExistsException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ConfirmForgotPassword -------------------------------------------------

/// This public API operation accepts a confirmation code that Amazon Cognito sent to a user and accepts a new password for that user.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ConfirmForgotPassword", output = ConfirmForgotPasswordResponse, error = ConfirmForgotPasswordError, auth = none)]
pub struct ConfirmForgotPassword {
    /// The ID of the app client where the user wants to reset their password. This parameter is an identifier of the client application that users are resetting their password from, but this operation resets users' irrespective of the app clients they sign in to.
    pub client_id: awsop::Sensitive<String>,
    /// A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. For more information about `SecretHash`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    pub secret_hash: Option<awsop::Sensitive<String>>,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The confirmation code that your user pool delivered when your user requested to reset their password.
    pub confirmation_code: String,
    /// The new password that your user wants to set.
    pub password: awsop::Sensitive<String>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`ConfirmForgotPassword`].
///
/// The response from the server that results from a user's request to retrieve a forgotten password.
#[awsop::aws_shape(output, eq)]
pub struct ConfirmForgotPasswordResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ConfirmForgotPassword`].
#[awsop::aws_error]
pub enum ConfirmForgotPasswordError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`PasswordHistoryPolicyViolationException`]: the service returned `PasswordHistoryPolicyViolationException`.
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`TooManyFailedAttemptsException`]: the service returned `TooManyFailedAttemptsException`.
    TooManyFailedAttemptsException(TooManyFailedAttemptsException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ConfirmSignUp ---------------------------------------------------------

/// Confirms the account of a new user. This public API operation submits a code that Amazon Cognito sent to your user when they signed up in your user pool. After your user enters their code, they confirm ownership of the email address or phone number that they provided, and their user account becomes active. Depending on your user pool configuration, your users will receive their confirmation code in an email or SMS message.
///
/// Local users who signed up in your user pool are the only type of user who can confirm sign-up with a code. Users who federate through an external identity provider (IdP) have already been confirmed by their IdP.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ConfirmSignUp", output = ConfirmSignUpResponse, error = ConfirmSignUpError, auth = none)]
pub struct ConfirmSignUp {
    /// The ID of the app client associated with the user pool.
    pub client_id: awsop::Sensitive<String>,
    /// A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. For more information about `SecretHash`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    pub secret_hash: Option<awsop::Sensitive<String>>,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The confirmation code that your user pool sent in response to the `SignUp` request.
    pub confirmation_code: String,
    /// When `true`, forces user confirmation despite any existing aliases. Defaults to `false`. A value of `true` migrates the alias from an existing user to the new user if an existing user already has the phone number or email address as an alias.
    ///
    /// Say, for example, that an existing user has an `email` attribute of `bob@example.com` and email is an alias in your user pool. If the new user also has an email of `bob@example.com` and your `ConfirmSignUp` response sets `ForceAliasCreation` to `true`, the new user can sign in with a username of `bob@example.com` and the existing user can no longer do so.
    ///
    /// If `false` and an attribute belongs to an existing alias, this request returns an **AliasExistsException** error.
    ///
    /// For more information about sign-in aliases, see [Customizing sign-in attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
    pub force_alias_creation: Option<bool>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
    /// The optional session ID from a `SignUp` API request. You can sign in a user directly from the sign-up process with the `USER_AUTH` authentication flow.
    pub session: Option<awsop::Sensitive<String>>,
}

/// The response to [`ConfirmSignUp`].
///
/// Represents the response from the server for the registration confirmation.
#[awsop::aws_shape(output, eq)]
pub struct ConfirmSignUpResponse {
    /// A session identifier that you can use to immediately sign in the confirmed user. You can automatically sign users in with the one-time password that they provided in a successful `ConfirmSignUp` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ConfirmSignUp`].
#[awsop::aws_error]
pub enum ConfirmSignUpError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyFailedAttemptsException`]: the service returned `TooManyFailedAttemptsException`.
    TooManyFailedAttemptsException(TooManyFailedAttemptsException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateCIMDPolicy ------------------------------------------------------

/// Creates a Client ID Metadata Document (CIMD) policy for an app client. A CIMD policy lets OAuth clients identify themselves to your user pool with an HTTPS URL as their client ID. Amazon Cognito retrieves the client metadata document from that URL and accepts the client only when the URL matches one of the URL patterns in the policy.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateCIMDPolicy", output = CreateCimdPolicyResponse, error = CreateCimdPolicyError)]
pub struct CreateCimdPolicy {
    /// The ID of the user pool where you want to create the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the app client that you want to associate with the CIMD policy.
    pub client_id: awsop::Sensitive<String>,
    /// A friendly name for the CIMD policy.
    pub policy_name: String,
    /// The length of time, in seconds, that Amazon Cognito caches a client metadata document that it retrieved from a URL that matches the policy. The value must be between 86,400 seconds (one day) and 31,556,952 seconds (one year).
    pub cache_duration: Option<i32>,
    /// One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata document URL only when it matches one of these patterns. Patterns can contain the `*` wildcard character.
    #[aws(rename = "URLPatterns")]
    pub url_patterns: Vec<String>,
}

/// The response to [`CreateCimdPolicy`].
#[awsop::aws_shape(output, eq)]
pub struct CreateCimdPolicyResponse {
    /// The CIMD policy that you created.
    #[aws(rename = "CIMDPolicy")]
    pub cimd_policy: CimdPolicyType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateCimdPolicy`].
#[awsop::aws_error]
pub enum CreateCimdPolicyError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateGroup -----------------------------------------------------------

/// Creates a new group in the specified user pool. For more information about user pool groups, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateGroup", output = CreateGroupResponse, error = CreateGroupError)]
pub struct CreateGroup {
    /// A name for the group. This name must be unique in your user pool.
    pub group_name: String,
    /// The ID of the user pool where you want to create a user group.
    pub user_pool_id: String,
    /// A description of the group that you're creating.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) for the IAM role that you want to associate with the group. A group role primarily declares a preferred role for the credentials that you get from an identity pool. Amazon Cognito ID tokens have a `cognito:preferred_role` claim that presents the highest-precedence group that a user belongs to. Both ID and access tokens also contain a `cognito:groups` claim that list all the groups that a user is a member of.
    pub role_arn: Option<String>,
    /// A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. Zero is the highest precedence value. Groups with lower `Precedence` values take precedence over groups with higher or null `Precedence` values. If a user belongs to two or more groups, it is the group with the lowest precedence value whose role ARN is given in the user's tokens for the `cognito:roles` and `cognito:preferred_role` claims.
    ///
    /// Two groups can have the same `Precedence` value. If this happens, neither group takes precedence over the other. If two groups with the same `Precedence` have the same role ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each group. If the two groups have different role ARNs, the `cognito:preferred_role` claim isn't set in users' tokens.
    ///
    /// The default `Precedence` value is null. The maximum `Precedence` value is `2^31-1`.
    pub precedence: Option<i32>,
}

/// The response to [`CreateGroup`].
#[awsop::aws_shape(output, eq)]
pub struct CreateGroupResponse {
    /// The response object for a created group.
    pub group: Option<GroupType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateGroup`].
#[awsop::aws_error]
pub enum CreateGroupError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`GroupExistsException`]: the service returned `GroupExistsException`.
    GroupExistsException(GroupExistsException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateIdentityProvider ------------------------------------------------

/// Adds a configuration and trust relationship between a third-party identity provider (IdP) and a user pool. Amazon Cognito accepts sign-in with third-party identity providers through managed login and OIDC relying-party libraries. For more information, see [Third-party IdP sign-in](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateIdentityProvider", output = CreateIdentityProviderResponse, error = CreateIdentityProviderError)]
pub struct CreateIdentityProvider {
    /// The Id of the user pool where you want to create an IdP.
    pub user_pool_id: String,
    /// The name that you want to assign to the IdP. You can pass the identity provider name in the `identity_provider` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to silently redirect to sign-in with the associated IdP.
    pub provider_name: String,
    /// The type of IdP that you want to add. Amazon Cognito supports OIDC, SAML 2.0, Login With Amazon, Sign In With Apple, Google, and Facebook IdPs.
    pub provider_type: IdentityProviderTypeType,
    /// The scopes, URLs, and identifiers for your external identity provider. The following examples describe the provider detail keys for each IdP type. These values and their schema are subject to change. Social IdP `authorize_scopes` values must match the values listed here.
    ///
    /// **OpenID Connect (OIDC)**
    ///
    /// Amazon Cognito accepts the following elements when it can't discover endpoint URLs from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.
    ///
    /// Create or update request: `"ProviderDetails": { "attributes_request_method": "GET", "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid profile email", "authorize_url": "https://auth.example.com/authorize", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri": "https://auth.example.com/.well-known/jwks.json", "oidc_issuer": "https://auth.example.com", "token_url": "https://example.com/token" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_request_method": "GET", "attributes_url": "https://auth.example.com/userInfo", "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email", "authorize_url": "https://auth.example.com/authorize", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri": "https://auth.example.com/.well-known/jwks.json", "oidc_issuer": "https://auth.example.com", "token_url": "https://example.com/token" }`
    ///
    /// **SAML**
    ///
    /// Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL": "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256" }`
    ///
    /// Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]", "RequestSigningAlgorithm": "rsa-sha256" }`
    ///
    /// The value of `MetadataFile` must be the plaintext metadata document with all quote (") characters escaped by backslashes.
    ///
    /// Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]", "MetadataURL": "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI": "https://auth.example.com/slo/saml", "SSORedirectBindingURI": "https://auth.example.com/sso/saml" }`
    ///
    /// **LoginWithAmazon**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "profile postal_code", "client_id": "amzn1.application-oa2-client.1example23456789", "client_secret": "provider-app-client-secret"`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url": "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false", "authorize_scopes": "profile postal_code", "authorize_url": "https://www.amazon.com/ap/oa", "client_id": "amzn1.application-oa2-client.1example23456789", "client_secret": "provider-app-client-secret", "token_request_method": "POST", "token_url": "https://api.amazon.com/auth/o2/token" }`
    ///
    /// **Google**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url": "https://people.googleapis.com/v1/people/me?personFields=", "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid", "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com", "token_request_method": "POST", "token_url": "https://www.googleapis.com/oauth2/v4/token" }`
    ///
    /// **SignInWithApple**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "email name", "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE", "team_id": "3EXAMPLE" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false", "authorize_scopes": "email name", "authorize_url": "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito", "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id": "2EXAMPLE", "token_request_method": "POST", "token_url": "https://appleid.apple.com/auth/token" }`
    ///
    /// **Facebook**
    ///
    /// Create or update request: `"ProviderDetails": { "api_version": "v17.0", "authorize_scopes": "public_profile, email", "client_id": "1example23456789", "client_secret": "provider-app-client-secret" }`
    ///
    /// Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url": "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes": "true", "authorize_scopes": "public_profile, email", "authorize_url": "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "token_request_method": "GET", "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`
    pub provider_details: std::collections::HashMap<String, String>,
    /// A mapping of IdP attributes to standard and custom user pool attributes. Specify a user pool attribute as the key of the key-value pair, and the IdP attribute claim name as the value.
    pub attribute_mapping: Option<std::collections::HashMap<String, String>>,
    /// An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]`. Identifiers are friendly names that you can pass in the `idp_identifier` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to silently redirect to sign-in with the associated IdP. Identifiers in a domain format also enable the use of [email-address matching with SAML providers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html).
    pub idp_identifiers: Option<Vec<String>>,
    /// A mapping between the authentication context class reference (ACR) levels of your user pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP). The map is keyed by level, from `Level1` through `Level4`, and each value is the ACR value that the IdP uses for the corresponding level. Amazon Cognito uses this mapping to translate a requested user pool ACR level to the value that the IdP expects, and to map an ACR value that the IdP returns back to a user pool level. When the IdP returns an ACR value that isn't mapped, Amazon Cognito resolves it to the lowest level. Only OIDC IdPs support ACR mapping.
    ///
    /// Setting `AcrMapping` is available in all feature plans. It isn't restricted to the Essentials or Plus feature plan.
    pub acr_mapping: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`CreateIdentityProvider`].
#[awsop::aws_shape(output)]
pub struct CreateIdentityProviderResponse {
    /// The details of the new user pool IdP.
    pub identity_provider: IdentityProviderType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateIdentityProvider`].
#[awsop::aws_error]
pub enum CreateIdentityProviderError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`DuplicateProviderException`]: the service returned `DuplicateProviderException`.
    DuplicateProviderException(DuplicateProviderException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateManagedLoginBranding --------------------------------------------

/// Creates a new set of branding settings for a user pool style and associates it with an app client. This operation is the programmatic option for the creation of a new style in the branding editor.
///
/// Provides values for UI customization in a `Settings` JSON object and image files in an `Assets` array. To send the JSON object `Document` type parameter in `Settings`, you might need to update to the most recent version of your Amazon Web Services SDK. To create a new style with default settings, set `UseCognitoProvidedValues` to `true` and don't provide values for any other options.
///
/// This operation has a 2-megabyte request-size limit and include the CSS settings and image assets for your app client. Your branding settings might exceed 2MB in size. Amazon Cognito doesn't require that you pass all parameters in one request and preserves existing style settings that you don't specify. If your request is larger than 2MB, separate it into multiple requests, each with a size smaller than the limit.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateManagedLoginBranding", output = CreateManagedLoginBrandingResponse, error = CreateManagedLoginBrandingError)]
pub struct CreateManagedLoginBranding {
    /// The ID of the user pool where you want to create a new branding style.
    pub user_pool_id: String,
    /// The app client that you want to create the branding style for. Each style is linked to an app client until you delete it.
    pub client_id: awsop::Sensitive<String>,
    /// When true, applies the default branding style options. These default options are managed by Amazon Cognito. You can modify them later in the branding editor.
    ///
    /// When you specify `true` for this option, you must also omit values for `Settings` and `Assets` in the request.
    pub use_cognito_provided_values: Option<bool>,
    /// A JSON file, encoded as a `Document` type, with the the settings that you want to apply to your style.
    ///
    /// The following components are not currently implemented and reserved for future use:
    ///
    /// - `signUp`
    /// - `instructions`
    /// - `sessionTimerDisplay`
    /// - `languageSelector` (for localization, see [Managed login localization)](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)
    pub settings: Option<awsop::wire::Document>,
    /// An array of image files that you want to apply to functions like backgrounds, logos, and icons. Each object must also indicate whether it is for dark mode, light mode, or browser-adaptive mode.
    pub assets: Option<Vec<AssetType>>,
}

/// The response to [`CreateManagedLoginBranding`].
#[awsop::aws_shape(output, eq)]
pub struct CreateManagedLoginBrandingResponse {
    /// The details of the branding style that you created.
    pub managed_login_branding: Option<ManagedLoginBrandingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateManagedLoginBranding`].
#[awsop::aws_error]
pub enum CreateManagedLoginBrandingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ManagedLoginBrandingExistsException`]: the service returned `ManagedLoginBrandingExistsException`.
    ManagedLoginBrandingExistsException(ManagedLoginBrandingExistsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateResourceServer --------------------------------------------------

/// Creates a new OAuth2.0 resource server and defines custom scopes within it. Resource servers are associated with custom scopes and machine-to-machine (M2M) authorization. For more information, see [Access control with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateResourceServer", output = CreateResourceServerResponse, error = CreateResourceServerError)]
pub struct CreateResourceServer {
    /// The ID of the user pool where you want to create a resource server.
    pub user_pool_id: String,
    /// A unique resource server identifier for the resource server. The identifier can be an API friendly name like `solar-system-data`. You can also set an API URL like `https://solar-system-data-api.example.com` as your identifier.
    ///
    /// Amazon Cognito represents scopes in the access token in the format `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of your access tokens.
    pub identifier: String,
    /// A friendly name for the resource server.
    pub name: String,
    /// A list of custom scopes. Each scope is a key-value map with the keys `ScopeName` and `ScopeDescription`. The name of a custom scope is a combination of `ScopeName` and the resource server `Name` in this request, for example `MyResourceServerName/MyScopeName`.
    pub scopes: Option<Vec<ResourceServerScopeType>>,
}

/// The response to [`CreateResourceServer`].
#[awsop::aws_shape(output, eq)]
pub struct CreateResourceServerResponse {
    /// The details of the new resource server.
    pub resource_server: ResourceServerType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateResourceServer`].
#[awsop::aws_error]
pub enum CreateResourceServerError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateTerms -----------------------------------------------------------

/// Creates terms documents for the requested app client. When Terms and conditions and Privacy policy documents are configured, the app client displays links to them in the sign-up page of managed login for the app client.
///
/// You can provide URLs for terms documents in the languages that are supported by [managed login localization](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization). Amazon Cognito directs users to the terms documents for their current language, with fallback to `default` if no document exists for the language.
///
/// Each request accepts one type of terms document and a map of language-to-link for that document type. You must provide both types of terms documents in at least one language before Amazon Cognito displays your terms documents. Supply each type in separate requests.
///
/// For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateTerms", output = CreateTermsResponse, error = CreateTermsError)]
pub struct CreateTerms {
    /// The ID of the user pool where you want to create terms documents.
    pub user_pool_id: String,
    /// The ID of the app client where you want to create terms documents. Must be an app client in the requested user pool.
    pub client_id: awsop::Sensitive<String>,
    /// A friendly name for the document that you want to create in the current request. Must begin with `terms-of-use` or `privacy-policy` as identification of the document type. Provide URLs for both `terms-of-use` and `privacy-policy` in separate requests.
    pub terms_name: String,
    /// This parameter is reserved for future use and currently accepts only one value.
    pub terms_source: TermsSourceType,
    /// This parameter is reserved for future use and currently accepts only one value.
    pub enforcement: TermsEnforcementType,
    /// A map of URLs to languages. For each localized language that will view the requested `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages that don't have a language-specific URL.
    ///
    /// For example, `"cognito:default": "https://terms.example.com", "cognito:spanish": "https://terms.example.com/es"`.
    pub links: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`CreateTerms`].
#[awsop::aws_shape(output)]
pub struct CreateTermsResponse {
    /// A summary of your terms documents. Includes a unique identifier for later changes to the terms documents.
    pub terms: Option<TermsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateTerms`].
#[awsop::aws_error]
pub enum CreateTermsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TermsExistsException`]: the service returned `TermsExistsException`.
    TermsExistsException(TermsExistsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateUserImportJob ---------------------------------------------------

/// Creates a user import job. You can import users into user pools from a comma-separated values (CSV) file without adding Amazon Cognito MAU costs to your Amazon Web Services bill.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateUserImportJob", output = CreateUserImportJobResponse, error = CreateUserImportJobError)]
pub struct CreateUserImportJob {
    /// A friendly name for the user import job.
    pub job_name: String,
    /// The ID of the user pool that you want to import users into.
    pub user_pool_id: String,
    /// You must specify an IAM role that has permission to log import-job results to Amazon CloudWatch Logs. This parameter is the ARN of that role.
    pub cloud_watch_logs_role_arn: String,
    /// The password hashing algorithm used to generate the hashes in the CSV file for this import job.
    ///
    /// Valid values: `BCRYPT` \| `SCRYPT` \| `ARGON2ID` \| `PBKDF2_SHA256`
    pub password_hashing_algorithm: Option<PasswordHashingAlgorithmType>,
}

/// The response to [`CreateUserImportJob`].
///
/// Represents the response from the server to the request to create the user import job.
#[awsop::aws_shape(output, eq)]
pub struct CreateUserImportJobResponse {
    /// The details of the user import job. Includes logging destination, status, and the Amazon S3 pre-signed URL for CSV upload.
    pub user_import_job: Option<UserImportJobType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserImportJob`].
#[awsop::aws_error]
pub enum CreateUserImportJobError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PreconditionNotMetException`]: the service returned `PreconditionNotMetException`.
    PreconditionNotMetException(PreconditionNotMetException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateUserPool --------------------------------------------------------

/// Creates a new Amazon Cognito user pool. This operation sets basic and advanced configuration options.
///
/// **Important:** If you don't provide a value for an attribute, Amazon Cognito sets it to its default value.
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateUserPool", output = CreateUserPoolResponse, error = CreateUserPoolError)]
pub struct CreateUserPool {
    /// A friendly name for your user pool.
    pub pool_name: String,
    /// The password policy and sign-in policy in the user pool. The password policy sets options like password complexity requirements and password history. The sign-in policy sets the options available to applications in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    pub policies: Option<UserPoolPolicyType>,
    /// When active, `DeletionProtection` prevents accidental deletion of your user pool. Before you can delete a user pool that you have protected against deletion, you must deactivate this feature.
    ///
    /// When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon Cognito returns an `InvalidParameterException` error. To delete a protected user pool, send a new `DeleteUserPool` request after you deactivate deletion protection in an `UpdateUserPool` API request.
    pub deletion_protection: Option<DeletionProtectionType>,
    /// A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of authentication operations. Triggers can modify the outcome of the operations that invoked them.
    pub lambda_config: Option<LambdaConfigType>,
    /// The attributes that you want your user pool to automatically verify. For more information, see [Verifying contact information at sign-up](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves).
    pub auto_verified_attributes: Option<Vec<VerifiedAttributeType>>,
    /// Attributes supported as an alias for this user pool. For more information about alias attributes, see [Customizing sign-in attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
    pub alias_attributes: Option<Vec<AliasAttributeType>>,
    /// Specifies whether a user can use an email address or phone number as a username when they sign up. For more information, see [Customizing sign-in attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
    pub username_attributes: Option<Vec<UsernameAttributeType>>,
    /// This parameter is no longer used.
    pub sms_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_subject: Option<String>,
    /// The template for the verification message that your user pool delivers to users who set an email address or phone number attribute.
    ///
    /// Set the email message type that corresponds to your `DefaultEmailOption` selection. For `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When you supply both parameters with either choice, Amazon Cognito returns an error.
    pub verification_message_template: Option<VerificationMessageTemplateType>,
    /// The contents of the SMS message that your user pool sends to users in SMS OTP and MFA authentication.
    pub sms_authentication_message: Option<String>,
    /// Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination of whether a user wants to register an MFA device. For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.
    ///
    /// When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor.
    ///
    /// The `CreateUserPool` operation supports only SMS MFA configuration. If you set `MfaConfiguration` to either of these values, include an `SmsConfiguration` in the same request:
    ///
    /// - `ON` – Requires MFA for all users
    /// - `OPTIONAL` – Makes MFA optional for each user
    ///
    /// If you omit `SmsConfiguration`, the operation returns an `InvalidParameterException`. To configure TOTP or email MFA, use the [SetUserPoolMfaConfig](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html) operation. You can also use `SetUserPoolMfaConfig` to add MFA factors later.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// The settings for updates to user attributes. These settings include the property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to handle changes to the value of your users' email address and phone number attributes. For more information, see [Verifying updates to email addresses and phone numbers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
    pub user_attribute_update_settings: Option<UserAttributeUpdateSettingsType>,
    /// The device-remembering configuration for a user pool. Device remembering or device tracking is a "Remember me on this device" option for user pools that perform authentication with the device key of a trusted device in the back end, instead of a user-provided MFA code. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html). A null value indicates that you have deactivated device remembering in your user pool.
    ///
    /// **Note:** When you provide a value for any `DeviceConfiguration` field, you activate the Amazon Cognito device-remembering feature. For more information, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    pub device_configuration: Option<DeviceConfigurationType>,
    /// The email configuration of your user pool. The email configuration type sets your preferred sending method, Amazon Web Services Region, and sender for messages from your user pool.
    pub email_configuration: Option<EmailConfigurationType>,
    /// The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services account. For more information see [SMS message settings](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
    pub sms_configuration: Option<SmsConfigurationType>,
    /// The tag keys and values to assign to the user pool. A tag is a label that you can use to categorize and manage user pools in different ways, such as by purpose, owner, environment, or other criteria.
    pub user_pool_tags: Option<std::collections::HashMap<String, String>>,
    /// The configuration for administrative creation of users. Includes the template for the invitation message for new users, the duration of temporary passwords, and permitting self-service sign-up.
    pub admin_create_user_config: Option<AdminCreateUserConfigType>,
    /// An array of attributes for the new user pool. You can add custom attributes and modify the properties of default attributes. The specifications in this parameter set the required attributes in your user pool. For more information, see [Working with user attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
    pub schema: Option<Vec<SchemaAttributeType>>,
    /// Contains settings for activation of threat protection, including the operating mode and additional authentication types. To log user security information but take no action, set to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to your user pool, set to `ENFORCED`.
    ///
    /// For more information, see [Adding advanced security to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html). To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
    pub user_pool_add_ons: Option<UserPoolAddOnsType>,
    /// The dynamic client registration configuration for the user pool. With dynamic client registration, applications can register their own app clients at runtime through the registration endpoint of your user pool domain. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub dcr_configuration: Option<DcrConfigurationType>,
    /// Sets the case sensitivity option for sign-in usernames. When `CaseSensitive` is `false` (case insensitive), users can sign in with any combination of capital and lowercase letters. For example, `username`, `USERNAME`, or `UserName`, or for email, `email@example.com` or `EMaiL@eXamplE.Com`. For most use cases, set case sensitivity to `false` as a best practice. When usernames and email addresses are case insensitive, Amazon Cognito treats any variation in case as the same user, and prevents a case variation from being assigned to the same attribute for a different user.
    ///
    /// When `CaseSensitive` is `true` (case sensitive), Amazon Cognito interprets `USERNAME` and `UserName` as distinct users.
    ///
    /// This configuration is immutable after you set it.
    pub username_configuration: Option<UsernameConfigurationType>,
    /// The available verified method a user can use to recover their password when they call `ForgotPassword`. You can use this setting to define a preferred method when a user has more than one method available. With this setting, SMS doesn't qualify for a valid password recovery mechanism if the user also has SMS multi-factor authentication (MFA) activated. Email MFA is also disqualifying for account recovery with email. In the absence of this setting, Amazon Cognito uses the legacy behavior to determine the recovery method where SMS is preferred over email.
    ///
    /// As a best practice, configure both `verified_email` and `verified_phone_number`, with one having a higher priority than the other.
    pub account_recovery_setting: Option<AccountRecoverySettingType>,
    /// The user pool [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html), or tier. This parameter determines the eligibility of the user pool for features like managed login, access-token customization, and threat protection. Defaults to `ESSENTIALS`.
    pub user_pool_tier: Option<UserPoolTierType>,
    /// The key configuration for the user pool. Specifies the key type and KMS key ARN for encryption.
    pub key_configuration: Option<KeyConfigurationType>,
    /// The issuer configuration for the user pool. Specifies the issuer type for token generation.
    pub issuer_configuration: Option<IssuerConfigurationType>,
    /// The custom names for the authentication context class reference (ACR) levels in your user pool. Amazon Cognito defines four fixed ACR levels that represent increasing authentication assurance. The combination of authentication factors that satisfies each level is fixed and you can't change it. With this configuration, you customize only the URI name that Amazon Cognito reports for each level in the `acr` token claim.
    ///
    /// You can override a subset of the levels. By default, the levels are named `urn:cognito:loa:1` through `urn:cognito:loa:4`, and Amazon Cognito applies the default name to any level that you don't specify. Each name must be unique across all four levels, including any default names that apply to levels you don't override. A name can contain any character that is valid in a URL or a URN.
    ///
    /// Configuring custom ACR level names requires the Essentials or Plus feature plan. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub acr_configuration: Option<std::collections::HashMap<String, AcrLevelConfigType>>,
}

/// The response to [`CreateUserPool`].
///
/// Represents the response from the server for the request to create a user pool.
#[awsop::aws_shape(output)]
pub struct CreateUserPoolResponse {
    /// The details of the created user pool.
    pub user_pool: Option<UserPoolType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPool`].
#[awsop::aws_error]
pub enum CreateUserPoolError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserPoolTaggingException`]: the service returned `UserPoolTaggingException`.
    UserPoolTaggingException(UserPoolTaggingException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`TierChangeNotAllowedException`]: the service returned `TierChangeNotAllowedException`.
    TierChangeNotAllowedException(TierChangeNotAllowedException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateUserPoolClient --------------------------------------------------

/// Creates an app client in a user pool. This operation sets basic and advanced configuration options.
///
/// Unlike app clients created in the console, Amazon Cognito doesn't automatically assign a branding style to app clients that you configure with this API operation. Managed login and classic hosted UI pages aren't available for your client until after you apply a branding style.
///
/// **Important:** If you don't provide a value for an attribute, Amazon Cognito sets it to its default value.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateUserPoolClient", output = CreateUserPoolClientResponse, error = CreateUserPoolClientError)]
pub struct CreateUserPoolClient {
    /// The ID of the user pool where you want to create an app client.
    pub user_pool_id: String,
    /// A friendly name for the app client that you want to create.
    pub client_name: String,
    /// When `true`, generates a client secret for the app client. Client secrets are used with server-side and machine-to-machine applications. Client secrets are automatically generated; you can't specify a secret value. For more information, see [App client types](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html#user-pool-settings-client-app-client-types).
    pub generate_secret: Option<bool>,
    /// A custom client secret that you want to use for the app client. You cannot specify both GenerateSecret as true and provide a ClientSecret value.
    pub client_secret: Option<awsop::Sensitive<String>>,
    /// The refresh token time limit. After this limit expires, your user can't use their refresh token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as `days`, your user can refresh their session and retrieve new access and ID tokens for 10 days.
    ///
    /// The default time unit for `RefreshTokenValidity` in an API request is days. You can't set `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the default value of 30 days. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your refresh tokens are valid for 30 days.
    pub refresh_token_validity: Option<i32>,
    /// The access token time limit. After this limit expires, your user can't use their access token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to `hours`, your user can authorize access with their access token for 10 hours.
    ///
    /// The default time unit for `AccessTokenValidity` in an API request is hours. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour.
    pub access_token_validity: Option<i32>,
    /// The ID token time limit. After this limit expires, your user can't use their ID token. To specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`, your user can authenticate their session with their ID token for 10 hours.
    ///
    /// The default time unit for `IdTokenValidity` in an API request is hours. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your ID tokens are valid for one hour.
    pub id_token_validity: Option<i32>,
    /// The units that validity times are represented in. The default unit for refresh tokens is days, and the default for ID and access tokens are hours.
    pub token_validity_units: Option<TokenValidityUnitsType>,
    /// The list of user attributes that you want your app client to have read access to. After your user authenticates in your app, their access token authorizes them to read their own attribute value for any attribute in this list.
    ///
    /// When you don't specify the `ReadAttributes` for your app client, your app can read the values of `email_verified`, `phone_number_verified`, and the standard attributes of your user pool. When your user pool app client has read access to these default attributes, `ReadAttributes` doesn't return any information. Amazon Cognito only populates `ReadAttributes` in the API response if you have specified your own custom set of read attributes.
    pub read_attributes: Option<Vec<String>>,
    /// The list of user attributes that you want your app client to have write access to. After your user authenticates in your app, their access token authorizes them to set or modify their own attribute value for any attribute in this list.
    ///
    /// When you don't specify the `WriteAttributes` for your app client, your app can write the values of the Standard attributes of your user pool. When your user pool has write access to these default attributes, `WriteAttributes` doesn't return any information. Amazon Cognito only populates `WriteAttributes` in the API response if you have specified your own custom set of write attributes.
    ///
    /// If your app client allows users to sign in through an IdP, this array must include all attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped attributes when users sign in to your application through an IdP. If your app client does not have write access to a mapped attribute, Amazon Cognito throws an error when it tries to update the attribute. For more information, see [Specifying IdP Attribute Mappings for Your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
    pub write_attributes: Option<Vec<String>>,
    /// The [authentication flows](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html) that you want your user pool client to support. For each app client in your user pool, you can sign in your users with any combination of one or more flows, including with a user name and Secure Remote Password (SRP), a user name and password, or a custom authentication process that you define with Lambda functions.
    ///
    /// **Note:** If you don't specify a value for `ExplicitAuthFlows`, your app client supports `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.
    ///
    /// The values for authentication flow options include the following.
    ///
    /// - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers username-password, secure remote password (SRP), passwordless, and passkey authentication. This authentiation flow can do username-password and SRP authentication without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app client. This flow doesn't include `CUSTOM_AUTH`.
    ///
    ///   To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    /// - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With this authentication flow, your app passes a user name and password to Amazon Cognito in the request, instead of using the Secure Remote Password (SRP) protocol to securely transmit the password.
    /// - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    /// - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow, Amazon Cognito receives the password in the request instead of using the SRP protocol to verify passwords.
    /// - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    /// - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    /// - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` – Use this flow to request `GetDerivedToken` token exchanges without an `ActorToken`. The issued token represents the subject user directly.
    /// - `ALLOW_TOKEN_EXCHANGE_DELEGATION` – Use this flow to request `GetDerivedToken` token exchanges that include an `ActorToken`. The issued token carries an `act` claim that identifies the intermediary acting on the behalf of the subject.
    ///
    /// In some environments, you will see the values `ADMIN_NO_SRP_AUTH`, `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with `ALLOW_`, like `ALLOW_USER_SRP_AUTH`.
    pub explicit_auth_flows: Option<Vec<ExplicitAuthFlowsType>>,
    /// A list of provider names for the identity providers (IdPs) that are supported on this client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`, and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.
    ///
    /// This parameter sets the IdPs that [managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html) will display on the login page for your app client. The removal of `COGNITO` from this list doesn't prevent authentication operations for local users with the user pools API in an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block access with a [WAF rule](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html).
    pub supported_identity_providers: Option<Vec<String>>,
    /// A list of allowed redirect, or callback, URLs for managed login authentication. These URLs are the paths where you want to send your users' browsers after they complete authentication with managed login or a third-party IdP. Typically, callback URLs are the home of an application that uses OAuth or OIDC libraries to process authentication outcomes.
    ///
    /// A redirect URI must meet the following requirements:
    ///
    /// - Be an absolute URI.
    /// - Be registered with the authorization server. Amazon Cognito doesn't accept authorization requests with `redirect_uri` values that aren't in the list of `CallbackURLs` that you provide in this parameter.
    /// - Not include a fragment component.
    ///
    /// See [OAuth 2.0 - Redirection Endpoint](https://tools.ietf.org/html/rfc6749#section-3.1.2).
    ///
    /// Amazon Cognito requires HTTPS over HTTP except for callback URLs to `http://localhost`, `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only. You can specify custom TCP ports for your callback URLs.
    ///
    /// App callback URLs such as `myapp://example` are also supported.
    #[aws(rename = "CallbackURLs")]
    pub callback_urls: Option<Vec<String>>,
    /// A list of allowed logout URLs for managed login authentication. When you pass `logout_uri` and `client_id` parameters to `/logout`, Amazon Cognito signs out your user and redirects them to the logout URL. This parameter describes the URLs that you want to be the permitted targets of `logout_uri`. A typical use of these URLs is when a user selects "Sign out" and you redirect them to your public homepage. For more information, see [Logout endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
    #[aws(rename = "LogoutURLs")]
    pub logout_urls: Option<Vec<String>>,
    /// The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in authentication requests. Must be in the `CallbackURLs` list.
    #[aws(rename = "DefaultRedirectURI")]
    pub default_redirect_uri: Option<String>,
    /// The OAuth grant types that you want your app client to generate for clients in managed login authentication. To create an app client that generates client credentials grants, you must add `client_credentials` as the only allowed OAuth flow.
    ///
    /// **code**
    ///
    /// Use a code grant flow, which provides an authorization code as the response. This code can be exchanged for access tokens with the `/oauth2/token` endpoint.
    ///
    /// **implicit**
    ///
    /// Issue the access token, and the ID token when scopes like `openid` and `profile` are requested, directly to your user.
    ///
    /// **client\_credentials**
    ///
    /// Issue the access token from the `/oauth2/token` endpoint directly to a non-person user, authorized by a combination of the client ID and client secret.
    pub allowed_o_auth_flows: Option<Vec<OAuthFlowType>>,
    /// The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app client to authorize access with. Scopes govern access control to user pool self-service API operations, user data from the `userInfo` endpoint, and third-party APIs. Scope values include `phone`, `email`, `openid`, and `profile`. The `aws.cognito.signin.user.admin` scope authorizes user self-service operations. Custom scopes with resource servers authorize access to external APIs.
    pub allowed_o_auth_scopes: Option<Vec<String>>,
    /// Set to `true` to use OAuth 2.0 authorization server features in your app client.
    ///
    /// This parameter must have a value of `true` before you can configure the following features in your app client.
    ///
    /// - `CallBackURLs`: Callback URLs.
    /// - `LogoutURLs`: Sign-out redirect URLs.
    /// - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    /// - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials OAuth 2.0 grants.
    ///
    /// To use authorization server features, configure one of these features in the Amazon Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to `false`. When `false`, only SDK-based API sign-in is permitted.
    pub allowed_o_auth_flows_user_pool_client: Option<bool>,
    /// The user pool analytics configuration for collecting metrics and sending them to your Amazon Pinpoint campaign.
    ///
    /// In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools might not have access to analytics or might be configurable with campaigns in the US East (N. Virginia) Region. For more information, see [Using Amazon Pinpoint analytics](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html).
    pub analytics_configuration: Option<AnalyticsConfigurationType>,
    /// When `ENABLED`, suppresses messages that might indicate a valid user exists when someone attempts sign-in. This parameters sets your preference for the errors and responses that you want Amazon Cognito APIs to return during authentication, account confirmation, and password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and the user doesn't exist, authentication returns an error indicating either the username or password was incorrect. Account confirmation and password recovery return a response indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs return a `UserNotFoundException` exception if the user doesn't exist in the user pool.
    ///
    /// Defaults to `LEGACY`.
    pub prevent_user_existence_errors: Option<PreventUserExistenceErrorTypes>,
    /// Activates or deactivates [token revocation](https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html) in the target app client.
    ///
    /// If you don't include this parameter, token revocation is automatically activated for the new user pool client.
    pub enable_token_revocation: Option<bool>,
    /// When `true`, your application can include additional `UserContextData` in authentication requests. This data includes the IP address, and contributes to analysis by threat protection features. For more information about propagation of user context data, see [Adding session data to API requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint). If you don’t include this parameter, you can't send the source IP address to Amazon Cognito threat protection features. You can only activate `EnablePropagateAdditionalUserContextData` in an app client that has a client secret.
    pub enable_propagate_additional_user_context_data: Option<bool>,
    /// Amazon Cognito creates a session token for each API request in an authentication flow. `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool native user must respond to each authentication challenge before the session expires.
    pub auth_session_validity: Option<i32>,
    /// The configuration of your app client for refresh token rotation. When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens. When disabled, token refresh issues only ID and access tokens.
    pub refresh_token_rotation: Option<RefreshTokenRotationType>,
    /// Specifies whether Amazon Cognito stores and manages this app client's secret in [Amazon Web Services Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) instead of returning the plaintext value. Applies only when `GenerateSecret` is `true`. When you set this parameter to `true`, the response returns `ClientSecretArn` instead of `ClientSecret`. Amazon Cognito starts the first rotation of the secret right away, and then rotates the secret every 7 days by default. You can change the rotation schedule in Secrets Manager.
    ///
    /// Defaults to `false`. If you don't set this parameter, Amazon Cognito doesn't manage the secret in Secrets Manager and returns the plaintext `ClientSecret` value. The Amazon Cognito console turns on this option by default when it creates an app client with a generated client secret.
    #[aws(rename = "PublishSecretsInAWSSecretsManager")]
    pub publish_secrets_in_aws_secrets_manager: Option<bool>,
}

/// The response to [`CreateUserPoolClient`].
///
/// Represents the response from the server to create a user pool client.
#[awsop::aws_shape(output, eq)]
pub struct CreateUserPoolClientResponse {
    /// The details of the new app client.
    pub user_pool_client: Option<UserPoolClientType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPoolClient`].
#[awsop::aws_error]
pub enum CreateUserPoolClientError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ScopeDoesNotExistException`]: the service returned `ScopeDoesNotExistException`.
    ScopeDoesNotExistException(ScopeDoesNotExistException),
    /// [`InvalidOAuthFlowException`]: the service returned `InvalidOAuthFlowException`.
    InvalidOAuthFlowException(InvalidOAuthFlowException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateUserPoolDomain --------------------------------------------------

/// A user pool domain hosts managed login, an authorization server and web server for authentication in your application. This operation creates a new user pool prefix domain or custom domain and sets the managed login branding version. Set the branding version to `1` for hosted UI (classic) or `2` for managed login. When you choose a custom domain, you must provide an SSL certificate in the US East (N. Virginia) Amazon Web Services Region in your request.
///
/// Your prefix domain might take up to one minute to take effect. Your custom domain is online within five minutes, but it can take up to one hour to distribute your SSL certificate.
///
/// For more information about adding a custom domain to your user pool, see [Configuring a user pool domain](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateUserPoolDomain", output = CreateUserPoolDomainResponse, error = CreateUserPoolDomainError)]
pub struct CreateUserPoolDomain {
    /// The domain string. For custom domains, this is the fully-qualified domain name, such as `auth.example.com`. For prefix domains, this is the prefix alone, such as `myprefix`. A prefix value of `myprefix` for a user pool in the `us-east-1` Region results in a domain of `myprefix.auth.us-east-1.amazoncognito.com`.
    pub domain: String,
    /// The ID of the user pool where you want to add a domain.
    pub user_pool_id: String,
    /// The version of managed login branding that you want to apply to your domain. A value of `1` indicates hosted UI (classic) and a version of `2` indicates managed login.
    ///
    /// Managed login requires that your user pool be configured for any [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html) other than `Lite`.
    ///
    /// A `ManagedLoginVersion` value of `2` does not activate managed login pages for your app client. When you create an app client programmatically, your app client has no branding style. To use managed login, create a branding style using the [CreateManagedLoginBranding](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html) operation. When you use the console, Amazon Cognito assigns a default branding style automatically. When you use the API or an SDK, you must create a branding style yourself.
    pub managed_login_version: Option<i32>,
    /// The configuration for a custom domain. Configures your domain with an Certificate Manager certificate in the `us-east-1` Region.
    ///
    /// Provide this parameter only if you want to use a [custom domain](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html) for your user pool. Otherwise, you can omit this parameter and use a [prefix domain](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html) instead.
    ///
    /// When you create a custom domain, the passkey RP ID defaults to the custom domain. If you had a prefix domain active, this will cause passkey integration for your prefix domain to stop working due to a mismatch in RP ID. To keep the prefix domain passkey integration working, you can explicitly set RP ID to the prefix domain.
    pub custom_domain_config: Option<CustomDomainConfigType>,
    /// The configuration of routing for requests to the domain for replicas of a replicated user pool. The routing configuration is currently only supported for custom domains.
    pub routing: Option<RoutingType>,
}

/// The response to [`CreateUserPoolDomain`].
#[awsop::aws_shape(output, eq)]
pub struct CreateUserPoolDomainResponse {
    /// The version of managed login branding applied your domain. A value of `1` indicates hosted UI (classic) and a version of `2` indicates managed login.
    pub managed_login_version: Option<i32>,
    /// The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts your managed login or classic hosted UI pages. Your domain-name authority must have an alias record that points requests for your custom domain to this FQDN. Amazon Cognito returns this value if you set a custom domain with `CustomDomainConfig`. If you set an Amazon Cognito prefix domain, this parameter returns null.
    pub cloud_front_domain: Option<String>,
    /// The routing configuration that was applied to the user pool domain.
    pub routing: Option<RoutingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPoolDomain`].
#[awsop::aws_error]
pub enum CreateUserPoolDomainError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- CreateUserPoolReplica -------------------------------------------------

/// Creates a replica of an existing user pool in a specified Amazon Web Services Region. The replica enables multi-region replication for high availability and disaster recovery. To create a replica, you must have permissions to create user pools in the target Region.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "CreateUserPoolReplica", output = CreateUserPoolReplicaResponse, error = CreateUserPoolReplicaError)]
pub struct CreateUserPoolReplica {
    /// The ID of the user pool to replicate.
    pub user_pool_id: String,
    /// The Amazon Web Services Region where you want to create the replica user pool.
    pub region_name: String,
    /// A map of tags to assign to the replica user pool. Each tag consists of a key and an optional value, both of which you define. You can maintain tags independently on replica user pools.
    pub user_pool_tags: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`CreateUserPoolReplica`].
#[awsop::aws_shape(output, eq)]
pub struct CreateUserPoolReplicaResponse {
    /// Information about the created user pool replica, including its status and role.
    pub user_pool_replica: Option<UserPoolReplicaType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`CreateUserPoolReplica`].
#[awsop::aws_error]
pub enum CreateUserPoolReplicaError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserPoolTaggingException`]: the service returned `UserPoolTaggingException`.
    UserPoolTaggingException(UserPoolTaggingException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteCIMDPolicy ------------------------------------------------------

/// Deletes a Client ID Metadata Document (CIMD) policy.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteCIMDPolicy", output = DeleteCimdPolicyResponse, error = DeleteCimdPolicyError)]
pub struct DeleteCimdPolicy {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy that you want to delete.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
}

/// The response to [`DeleteCimdPolicy`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteCimdPolicyResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteCimdPolicy`].
#[awsop::aws_error]
pub enum DeleteCimdPolicyError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteGroup -----------------------------------------------------------

/// Deletes a group from the specified user pool. When you delete a group, that group no longer contributes to users' `cognito:preferred_group` or `cognito:groups` claims, and no longer influence access-control decision that are based on group membership. For more information about user pool groups, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteGroup", output = DeleteGroupResponse, error = DeleteGroupError)]
pub struct DeleteGroup {
    /// The name of the group that you want to delete.
    pub group_name: String,
    /// The ID of the user pool where you want to delete the group.
    pub user_pool_id: String,
}

/// The response to [`DeleteGroup`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteGroupResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteGroup`].
#[awsop::aws_error]
pub enum DeleteGroupError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteIdentityProvider ------------------------------------------------

/// Deletes a user pool identity provider (IdP). After you delete an IdP, users can no longer sign in to your user pool through that IdP. For more information about user pool IdPs, see [Third-party IdP sign-in](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteIdentityProvider", output = DeleteIdentityProviderResponse, error = DeleteIdentityProviderError)]
pub struct DeleteIdentityProvider {
    /// The ID of the user pool where you want to delete the identity provider.
    pub user_pool_id: String,
    /// The name of the IdP that you want to delete.
    pub provider_name: String,
}

/// The response to [`DeleteIdentityProvider`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteIdentityProviderResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteIdentityProvider`].
#[awsop::aws_error]
pub enum DeleteIdentityProviderError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnsupportedIdentityProviderException`]: the service returned `UnsupportedIdentityProviderException`.
    UnsupportedIdentityProviderException(UnsupportedIdentityProviderException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteManagedLoginBranding --------------------------------------------

/// Deletes a managed login branding style. When you delete a style, you delete the branding association for an app client. When an app client doesn't have a style assigned, your managed login pages for that app client are nonfunctional until you create a new style or switch the domain branding version.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteManagedLoginBranding", output = DeleteManagedLoginBrandingResponse, error = DeleteManagedLoginBrandingError)]
pub struct DeleteManagedLoginBranding {
    /// The ID of the managed login branding style that you want to delete.
    pub managed_login_branding_id: String,
    /// The ID of the user pool that contains the managed login branding style that you want to delete.
    pub user_pool_id: String,
}

/// The response to [`DeleteManagedLoginBranding`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteManagedLoginBrandingResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteManagedLoginBranding`].
#[awsop::aws_error]
pub enum DeleteManagedLoginBrandingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteResourceServer --------------------------------------------------

/// Deletes a resource server. After you delete a resource server, users can no longer generate access tokens with scopes that are associate with that resource server.
///
/// Resource servers are associated with custom scopes and machine-to-machine (M2M) authorization. For more information, see [Access control with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteResourceServer", output = DeleteResourceServerResponse, error = DeleteResourceServerError)]
pub struct DeleteResourceServer {
    /// The ID of the user pool where you want to delete the resource server.
    pub user_pool_id: String,
    /// The identifier of the resource server that you want to delete.
    pub identifier: String,
}

/// The response to [`DeleteResourceServer`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteResourceServerResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteResourceServer`].
#[awsop::aws_error]
pub enum DeleteResourceServerError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteTerms -----------------------------------------------------------

/// Deletes the terms documents with the requested ID from your app client.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteTerms", output = DeleteTermsResponse, error = DeleteTermsError)]
pub struct DeleteTerms {
    /// The ID of the terms documents that you want to delete.
    pub terms_id: String,
    /// The ID of the user pool that contains the terms documents that you want to delete.
    pub user_pool_id: String,
}

/// The response to [`DeleteTerms`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteTermsResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteTerms`].
#[awsop::aws_error]
pub enum DeleteTermsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUser ------------------------------------------------------------

/// Deletes the profile of the currently signed-in user. A deleted user profile can no longer be used to sign in and can't be restored.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUser", output = DeleteUserResponse, error = DeleteUserError, auth = none)]
pub struct DeleteUser {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`DeleteUser`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteUserResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUser`].
#[awsop::aws_error]
pub enum DeleteUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserAttributes --------------------------------------------------

/// Deletes attributes from the currently signed-in user. For example, your application can submit a request to this operation when a user wants to remove their `birthdate` attribute value.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserAttributes", output = DeleteUserAttributesResponse, error = DeleteUserAttributesError, auth = none)]
pub struct DeleteUserAttributes {
    /// An array of strings representing the user attribute names you want to delete.
    ///
    /// For custom attributes, you must prepend the `custom:` prefix to the attribute name, for example `custom:department`.
    pub user_attribute_names: Vec<String>,
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`DeleteUserAttributes`].
///
/// Represents the response from the server to delete user attributes.
#[awsop::aws_shape(output, eq)]
pub struct DeleteUserAttributesResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserAttributes`].
#[awsop::aws_error]
pub enum DeleteUserAttributesError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserPool --------------------------------------------------------

/// Deletes a user pool. After you delete a user pool, users can no longer sign in to any associated applications.
///
/// When you delete a user pool, it's no longer visible or operational in your Amazon Web Services account. Amazon Cognito retains deleted user pools in an inactive state for 14 days, then begins a cleanup process that fully removes them from Amazon Web Services systems. In case of accidental deletion, contact Amazon Web Services Support within 14 days for restoration assistance.
///
/// Amazon Cognito begins full deletion of all resources from deleted user pools after 14 days. In the case of large user pools, the cleanup process might take significant additional time before all user data is permanently deleted.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserPool", output = DeleteUserPoolResponse, error = DeleteUserPoolError)]
pub struct DeleteUserPool {
    /// The ID of the user pool that you want to delete.
    pub user_pool_id: String,
}

/// The response to [`DeleteUserPool`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteUserPoolResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPool`].
#[awsop::aws_error]
pub enum DeleteUserPoolError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserImportInProgressException`]: the service returned `UserImportInProgressException`.
    UserImportInProgressException(UserImportInProgressException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserPoolClient --------------------------------------------------

/// Deletes a user pool app client. After you delete an app client, users can no longer sign in to the associated application.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserPoolClient", output = DeleteUserPoolClientResponse, error = DeleteUserPoolClientError)]
pub struct DeleteUserPoolClient {
    /// The ID of the user pool where you want to delete the client.
    pub user_pool_id: String,
    /// The ID of the user pool app client that you want to delete.
    pub client_id: awsop::Sensitive<String>,
}

/// The response to [`DeleteUserPoolClient`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct DeleteUserPoolClientResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPoolClient`].
#[awsop::aws_error]
pub enum DeleteUserPoolClientError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserPoolClientSecret --------------------------------------------

/// Deletes a specific client secret from a user pool app client. You cannot delete the last remaining secret for an app client.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserPoolClientSecret", output = DeleteUserPoolClientSecretResponse, error = DeleteUserPoolClientSecretError)]
pub struct DeleteUserPoolClientSecret {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: String,
    /// The ID of the app client from which you want to delete the secret.
    pub client_id: awsop::Sensitive<String>,
    /// The unique identifier of the client secret you want to delete.
    pub client_secret_id: String,
}

/// The response to [`DeleteUserPoolClientSecret`].
///
/// The response from deleting a client secret.
#[awsop::aws_shape(output, eq)]
pub struct DeleteUserPoolClientSecretResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPoolClientSecret`].
#[awsop::aws_error]
pub enum DeleteUserPoolClientSecretError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InternalServerException`]: the service returned `InternalServerException`.
    InternalServerException(InternalServerException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserPoolDomain --------------------------------------------------

/// Given a user pool ID and domain identifier, deletes a user pool domain. After you delete a user pool domain, your managed login pages and authorization server are no longer available.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserPoolDomain", output = DeleteUserPoolDomainResponse, error = DeleteUserPoolDomainError)]
pub struct DeleteUserPoolDomain {
    /// The domain that you want to delete. For custom domains, this is the fully-qualified domain name like `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone, like `myprefix`.
    pub domain: String,
    /// The ID of the user pool where you want to delete the domain.
    pub user_pool_id: String,
}

/// The response to [`DeleteUserPoolDomain`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteUserPoolDomainResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPoolDomain`].
#[awsop::aws_error]
pub enum DeleteUserPoolDomainError {
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteUserPoolReplica -------------------------------------------------

/// Deletes a secondary replica user pool. You can only delete replicas that are in the INACTIVE status. This operation must be called from the primary Region.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteUserPoolReplica", output = DeleteUserPoolReplicaResponse, error = DeleteUserPoolReplicaError)]
pub struct DeleteUserPoolReplica {
    /// The ID of the user pool that contains the replica to delete.
    pub user_pool_id: String,
    /// The Amazon Web Services Region of the replica to delete.
    pub region_name: String,
}

/// The response to [`DeleteUserPoolReplica`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteUserPoolReplicaResponse {
    /// Information about the deleted user pool replica.
    pub user_pool_replica: Option<UserPoolReplicaType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteUserPoolReplica`].
#[awsop::aws_error]
pub enum DeleteUserPoolReplicaError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DeleteWebAuthnCredential ----------------------------------------------

/// Deletes a registered passkey, or WebAuthn, authenticator for the currently signed-in user.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DeleteWebAuthnCredential", output = DeleteWebAuthnCredentialResponse, error = DeleteWebAuthnCredentialError, auth = none)]
pub struct DeleteWebAuthnCredential {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The unique identifier of the passkey that you want to delete.
    pub credential_id: String,
}

/// The response to [`DeleteWebAuthnCredential`].
#[awsop::aws_shape(output, eq)]
pub struct DeleteWebAuthnCredentialResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DeleteWebAuthnCredential`].
#[awsop::aws_error]
pub enum DeleteWebAuthnCredentialError {
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeCIMDPolicy ----------------------------------------------------

/// Returns the configuration of a Client ID Metadata Document (CIMD) policy.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeCIMDPolicy", output = DescribeCimdPolicyResponse, error = DescribeCimdPolicyError)]
pub struct DescribeCimdPolicy {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy that you want to describe.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
}

/// The response to [`DescribeCimdPolicy`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeCimdPolicyResponse {
    /// The configuration of the requested CIMD policy.
    #[aws(rename = "CIMDPolicy")]
    pub cimd_policy: CimdPolicyType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeCimdPolicy`].
#[awsop::aws_error]
pub enum DescribeCimdPolicyError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeIdentityProvider ----------------------------------------------

/// Given a user pool ID and identity provider (IdP) name, returns details about the IdP.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeIdentityProvider", output = DescribeIdentityProviderResponse, error = DescribeIdentityProviderError)]
pub struct DescribeIdentityProvider {
    /// The ID of the user pool that has the IdP that you want to describe..
    pub user_pool_id: String,
    /// The name of the IdP that you want to describe.
    pub provider_name: String,
}

/// The response to [`DescribeIdentityProvider`].
#[awsop::aws_shape(output)]
pub struct DescribeIdentityProviderResponse {
    /// The details of the requested IdP.
    pub identity_provider: IdentityProviderType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeIdentityProvider`].
#[awsop::aws_error]
pub enum DescribeIdentityProviderError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeManagedLoginBranding ------------------------------------------

/// Given the ID of a managed login branding style, returns detailed information about the style.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeManagedLoginBranding", output = DescribeManagedLoginBrandingResponse, error = DescribeManagedLoginBrandingError)]
pub struct DescribeManagedLoginBranding {
    /// The ID of the user pool that contains the managed login branding style that you want to get information about.
    pub user_pool_id: String,
    /// The ID of the managed login branding style that you want to get more information about.
    pub managed_login_branding_id: String,
    /// When `true`, returns values for branding options that are unchanged from Amazon Cognito defaults. When `false` or when you omit this parameter, returns only values that you customized in your branding style.
    pub return_merged_resources: Option<bool>,
}

/// The response to [`DescribeManagedLoginBranding`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeManagedLoginBrandingResponse {
    /// The details of the requested branding style.
    pub managed_login_branding: Option<ManagedLoginBrandingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeManagedLoginBranding`].
#[awsop::aws_error]
pub enum DescribeManagedLoginBrandingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeManagedLoginBrandingByClient ----------------------------------

/// Given the ID of a user pool app client, returns detailed information about the style assigned to the app client.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeManagedLoginBrandingByClient", output = DescribeManagedLoginBrandingByClientResponse, error = DescribeManagedLoginBrandingByClientError)]
pub struct DescribeManagedLoginBrandingByClient {
    /// The ID of the user pool that contains the app client where you want more information about the managed login branding style.
    pub user_pool_id: String,
    /// The app client that's assigned to the branding style that you want more information about.
    pub client_id: awsop::Sensitive<String>,
    /// When `true`, returns values for branding options that are unchanged from Amazon Cognito defaults. When `false` or when you omit this parameter, returns only values that you customized in your branding style.
    pub return_merged_resources: Option<bool>,
}

/// The response to [`DescribeManagedLoginBrandingByClient`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeManagedLoginBrandingByClientResponse {
    /// The details of the requested branding style.
    pub managed_login_branding: Option<ManagedLoginBrandingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeManagedLoginBrandingByClient`].
#[awsop::aws_error]
pub enum DescribeManagedLoginBrandingByClientError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribePointInTimeRecovery -------------------------------------------

/// Returns details about a point-in-time recovery of a user pool, including its status and the point in time that it restores the user pool to. After Amazon Cognito generates the recovery preview, the response also includes the number of entities that the recovery creates, updates, and deletes. Review the preview before you apply the recovery with a request or discard it with a request.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribePointInTimeRecovery", output = DescribePointInTimeRecoveryResponse, error = DescribePointInTimeRecoveryError)]
pub struct DescribePointInTimeRecovery {
    /// The ID of the user pool that contains the recovery that you want to describe.
    pub user_pool_id: String,
    /// The ID of the recovery that you want to describe. Amazon Cognito returns this ID in the response to an `InitiatePointInTimeRecovery` request.
    pub restore_id: String,
}

/// The response to [`DescribePointInTimeRecovery`].
#[awsop::aws_shape(output, eq)]
pub struct DescribePointInTimeRecoveryResponse {
    /// The details of the requested recovery, including its status, the point in time that it restores the user pool to, and the recovery preview.
    pub restoration: Option<RestorationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribePointInTimeRecovery`].
#[awsop::aws_error]
pub enum DescribePointInTimeRecoveryError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeResourceServer ------------------------------------------------

/// Describes a resource server. For more information about resource servers, see [Access control with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeResourceServer", output = DescribeResourceServerResponse, error = DescribeResourceServerError)]
pub struct DescribeResourceServer {
    /// The ID of the user pool that hosts the resource server.
    pub user_pool_id: String,
    /// A unique resource server identifier for the resource server. The identifier can be an API friendly name like `solar-system-data`. You can also set an API URL like `https://solar-system-data-api.example.com` as your identifier.
    ///
    /// Amazon Cognito represents scopes in the access token in the format `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of your access tokens.
    pub identifier: String,
}

/// The response to [`DescribeResourceServer`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeResourceServerResponse {
    /// The details of the requested resource server.
    pub resource_server: ResourceServerType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeResourceServer`].
#[awsop::aws_error]
pub enum DescribeResourceServerError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeRiskConfiguration ---------------------------------------------

/// Given an app client or user pool ID where threat protection is configured, describes the risk configuration. This operation returns details about adaptive authentication, compromised credentials, and IP-address allow- and denylists. For more information about threat protection, see [Threat protection](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeRiskConfiguration", output = DescribeRiskConfigurationResponse, error = DescribeRiskConfigurationError)]
pub struct DescribeRiskConfiguration {
    /// The ID of the user pool with the risk configuration that you want to inspect. You can apply default risk configuration at the user pool level and further customize it from user pool defaults at the app-client level. Specify `ClientId` to inspect client-level configuration, or `UserPoolId` to inspect pool-level configuration.
    pub user_pool_id: String,
    /// The ID of the app client with the risk configuration that you want to inspect. You can apply default risk configuration at the user pool level and further customize it from user pool defaults at the app-client level. Specify `ClientId` to inspect client-level configuration, or `UserPoolId` to inspect pool-level configuration.
    pub client_id: Option<awsop::Sensitive<String>>,
}

/// The response to [`DescribeRiskConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeRiskConfigurationResponse {
    /// The details of the requested risk configuration.
    pub risk_configuration: RiskConfigurationType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeRiskConfiguration`].
#[awsop::aws_error]
pub enum DescribeRiskConfigurationError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserPoolAddOnNotEnabledException`]: the service returned `UserPoolAddOnNotEnabledException`.
    UserPoolAddOnNotEnabledException(UserPoolAddOnNotEnabledException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeTerms ---------------------------------------------------------

/// Returns details for the requested terms documents ID. For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeTerms", output = DescribeTermsResponse, error = DescribeTermsError)]
pub struct DescribeTerms {
    /// The ID of the terms documents that you want to describe.
    pub terms_id: String,
    /// The ID of the user pool that contains the terms documents that you want to describe.
    pub user_pool_id: String,
}

/// The response to [`DescribeTerms`].
#[awsop::aws_shape(output)]
pub struct DescribeTermsResponse {
    /// A summary of the requested terms documents. Includes a unique identifier for later changes to the terms documents.
    pub terms: Option<TermsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeTerms`].
#[awsop::aws_error]
pub enum DescribeTermsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeTermsByClient -------------------------------------------------

/// Returns details for the terms documents that are associated with an app client, identified by the app client ID, user pool ID, and terms name. For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
///
/// To call `DescribeTermsByClient`, you must have the `cognito-idp:DescribeTermsByClient` Identity and Access Management (IAM) permission. An IAM policy that denies `cognito-idp:DescribeTerms` also denies requests to `DescribeTermsByClient`.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeTermsByClient", output = DescribeTermsByClientResponse, error = DescribeTermsByClientError)]
pub struct DescribeTermsByClient {
    /// The ID of the app client that the terms documents are associated with.
    pub client_id: awsop::Sensitive<String>,
    /// The ID of the user pool that contains the terms documents that you want to describe.
    pub user_pool_id: String,
    /// The name of the terms documents that you want to describe.
    pub terms_name: String,
}

/// The response to [`DescribeTermsByClient`].
#[awsop::aws_shape(output)]
pub struct DescribeTermsByClientResponse {
    /// A summary of the requested terms documents, including a unique identifier for later changes to the terms documents.
    pub terms: Option<TermsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeTermsByClient`].
#[awsop::aws_error]
pub enum DescribeTermsByClientError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeUserImportJob -------------------------------------------------

/// Describes a user import job. For more information about user CSV import, see [Importing users from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeUserImportJob", output = DescribeUserImportJobResponse, error = DescribeUserImportJobError)]
pub struct DescribeUserImportJob {
    /// The ID of the user pool that's associated with the import job.
    pub user_pool_id: String,
    /// The Id of the user import job that you want to describe.
    pub job_id: String,
}

/// The response to [`DescribeUserImportJob`].
///
/// Represents the response from the server to the request to describe the user import job.
#[awsop::aws_shape(output, eq)]
pub struct DescribeUserImportJobResponse {
    /// The details of the user import job. Includes logging destination, status, and the Amazon S3 pre-signed URL for CSV upload.
    pub user_import_job: Option<UserImportJobType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeUserImportJob`].
#[awsop::aws_error]
pub enum DescribeUserImportJobError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeUserPool ------------------------------------------------------

/// Given a user pool ID, returns configuration information. This operation is useful when you want to inspect an existing user pool and programmatically replicate the configuration to another user pool.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeUserPool", output = DescribeUserPoolResponse, error = DescribeUserPoolError)]
pub struct DescribeUserPool {
    /// The ID of the user pool you want to describe.
    pub user_pool_id: String,
}

/// The response to [`DescribeUserPool`].
///
/// Represents the response to describe the user pool.
#[awsop::aws_shape(output)]
pub struct DescribeUserPoolResponse {
    /// The details of the requested user pool.
    pub user_pool: Option<UserPoolType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeUserPool`].
#[awsop::aws_error]
pub enum DescribeUserPoolError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserPoolTaggingException`]: the service returned `UserPoolTaggingException`.
    UserPoolTaggingException(UserPoolTaggingException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeUserPoolClient ------------------------------------------------

/// Given an app client ID, returns configuration information. This operation is useful when you want to inspect an existing app client and programmatically replicate the configuration to another app client. For more information about app clients, see [App clients](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeUserPoolClient", output = DescribeUserPoolClientResponse, error = DescribeUserPoolClientError)]
pub struct DescribeUserPoolClient {
    /// The ID of the user pool that contains the app client you want to describe.
    pub user_pool_id: String,
    /// The ID of the app client that you want to describe.
    pub client_id: awsop::Sensitive<String>,
}

/// The response to [`DescribeUserPoolClient`].
///
/// Represents the response from the server from a request to describe the user pool client.
#[awsop::aws_shape(output, eq)]
pub struct DescribeUserPoolClientResponse {
    /// The details of the request app client.
    pub user_pool_client: Option<UserPoolClientType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeUserPoolClient`].
#[awsop::aws_error]
pub enum DescribeUserPoolClientError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- DescribeUserPoolDomain ------------------------------------------------

/// Given a user pool domain name, returns information about the domain configuration.
///
/// **Note:** This operation doesn't return results when you query a prefix domain in a secondary Region. Prefix domains are Region-specific and can only be described in the Region where they were created. To describe a prefix domain for a replica user pool, make the request to the primary Region's endpoint.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "DescribeUserPoolDomain", output = DescribeUserPoolDomainResponse, error = DescribeUserPoolDomainError)]
pub struct DescribeUserPoolDomain {
    /// The domain that you want to describe. For custom domains, this is the fully-qualified domain name, such as `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone, such as `auth`.
    pub domain: String,
}

/// The response to [`DescribeUserPoolDomain`].
#[awsop::aws_shape(output, eq)]
pub struct DescribeUserPoolDomainResponse {
    /// The details of the requested user pool domain.
    pub domain_description: Option<DomainDescriptionType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`DescribeUserPoolDomain`].
#[awsop::aws_error]
pub enum DescribeUserPoolDomainError {
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ForgetDevice ----------------------------------------------------------

/// Given a device key, deletes a remembered device as the currently signed-in user. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ForgetDevice", output = ForgetDeviceResponse, error = ForgetDeviceError, auth = none)]
pub struct ForgetDevice {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: Option<awsop::Sensitive<String>>,
    /// The unique identifier, or device key, of the device that the user wants to forget.
    pub device_key: String,
}

/// The response to [`ForgetDevice`]: the model gives it no members.
#[awsop::aws_shape(output)]
pub struct ForgetDeviceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ForgetDevice`].
#[awsop::aws_error]
pub enum ForgetDeviceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ForgotPassword --------------------------------------------------------

/// Sends a password-reset confirmation code to the email address or phone number of the requested username. The message delivery method is determined by the user's available attributes and the `AccountRecoverySetting` configuration of the user pool.
///
/// For the `Username` parameter, you can use the username or an email, phone, or preferred username alias.
///
/// If neither a verified phone number nor a verified email exists, Amazon Cognito responds with an `InvalidParameterException` error . If your app client has a client secret and you don't provide a `SECRET_HASH` parameter, this API returns `NotAuthorizedException`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ForgotPassword", output = ForgotPasswordResponse, error = ForgotPasswordError, auth = none)]
pub struct ForgotPassword {
    /// The ID of the user pool app client associated with the current signed-in user.
    pub client_id: awsop::Sensitive<String>,
    /// A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. For more information about `SecretHash`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    pub secret_hash: Option<awsop::Sensitive<String>>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`ForgotPassword`].
///
/// The response from Amazon Cognito to a request to reset a password.
#[awsop::aws_shape(output, eq)]
pub struct ForgotPasswordResponse {
    /// Information about the phone number or email address that Amazon Cognito sent the password-recovery code to.
    pub code_delivery_details: Option<CodeDeliveryDetailsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ForgotPassword`].
#[awsop::aws_error]
pub enum ForgotPasswordError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetCSVHeader ----------------------------------------------------------

/// Given a user pool ID, generates a comma-separated value (CSV) list populated with available user attributes in the user pool. This list is the header for the CSV file that determines the users in a user import job. Save the content of `CSVHeader` in the response as a `.csv` file and populate it with the usernames and attributes of users that you want to import. For more information about CSV user import, see [Importing users from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetCSVHeader", output = GetCsvHeaderResponse, error = GetCsvHeaderError)]
pub struct GetCsvHeader {
    /// The ID of the user pool that you want to import users into.
    pub user_pool_id: String,
}

/// The response to [`GetCsvHeader`].
///
/// Represents the response from the server to the request to get the header information of the CSV file for the user import job.
#[awsop::aws_shape(output, eq)]
pub struct GetCsvHeaderResponse {
    /// The ID of the requested user pool.
    pub user_pool_id: Option<String>,
    /// A comma-separated list of attributes from your user pool. Save this output to a `.csv` file and populate it with the attributes of the users that you want to import.
    #[aws(rename = "CSVHeader")]
    pub csv_header: Option<Vec<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetCsvHeader`].
#[awsop::aws_error]
pub enum GetCsvHeaderError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetClientToken --------------------------------------------------------

/// Issues an access token for machine-to-machine (M2M) authorization. Your app client provides its client ID and secret, and receives an access token that authorizes requests to your resource servers.
///
/// To use this operation, you must configure the app client with a client secret and enable the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow. The `ALLOW_CLIENT_TOKEN_AUTH` flow is mutually exclusive with user authentication flows. It must be the only authentication flow that you configure for the app client. For more information, see [Scopes, M2M, and resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetClientToken", output = GetClientTokenResponse, error = GetClientTokenError)]
pub struct GetClientToken {
    /// The ID of the app client that requests the access token. The app client must have a client secret and the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow.
    pub client_id: awsop::Sensitive<String>,
    /// An active secret for the app client.
    pub secret: awsop::Sensitive<String>,
    /// The custom scopes to authorize in the access token, in the format `resource-server-identifier/scope-name`. Each scope must belong to a resource server in your user pool. If you don't specify any scopes, Amazon Cognito authorizes the scopes that are configured for the app client.
    pub scopes: Option<Vec<String>>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`GetClientToken`].
#[awsop::aws_shape(output, eq)]
pub struct GetClientTokenResponse {
    /// The access token that Amazon Cognito issues for the app client, and its metadata.
    pub client_authentication_result: Option<ClientAuthenticationResultType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetClientToken`].
#[awsop::aws_error]
pub enum GetClientTokenError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetDerivedToken -------------------------------------------------------

/// Exchanges an existing token for a new token that is scoped and audience-bound for a specific downstream service, following the OAuth 2.0 Token Exchange grant type. For more information about the OAuth 2.0 Token Exchange grant type, see [RFC 8693 - OAuth 2.0 Token Exchange](https://tools.ietf.org/html/rfc8693) on the IETF website. Present a `SubjectToken`, the credential that you already hold, to receive a new token appropriate for calling a specific resource server or audience.
///
/// If you also present an `ActorToken` that identifies an intermediary service, the issued token carries an `act` claim that identifies the intermediary, and downstream services can distinguish a user acting directly from an intermediary acting on the user's behalf. If you don't present an `ActorToken`, the issued token appears as if the user acted directly.
///
/// To use this operation, you must have IAM credentials, or you must present the requesting app client's `ClientId` and, if the client has a secret, `ClientSecret`, in the request.
///
/// The requesting app client must have `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` or `ALLOW_TOKEN_EXCHANGE_DELEGATION` in its `ExplicitAuthFlows` (depending on whether you include an `ActorToken`), or the request fails.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetDerivedToken", output = GetDerivedTokenResponse, error = GetDerivedTokenError)]
pub struct GetDerivedToken {
    /// The ID of the app client that requests the token exchange.
    pub client_id: awsop::Sensitive<String>,
    /// The client secret of the requested app client, if the client has a secret.
    pub client_secret: Option<awsop::Sensitive<String>>,
    /// The token that you want to exchange for a new token. This is the credential that represents the identity of the party on behalf of whom the request is being made.
    pub subject_token: awsop::Sensitive<String>,
    /// The type of the `SubjectToken` that you want to exchange. Valid values:
    ///
    /// - `ACCESS_TOKEN` – The subject token is an access token.
    /// - `ID_TOKEN` – The subject token is an ID token.
    /// - `SAML2` – The subject token is a SAML 2.0 assertion.
    pub subject_token_type: TokenTypeIdentifierType,
    /// The name of the third-party identity provider that issued the `SubjectToken`, if the subject token isn't a Amazon Cognito token. Provide this value when your `SubjectToken` came from a SAML or OIDC provider that you registered with your user pool, so that Amazon Cognito can validate it against that provider's configuration. Omit this parameter for a Amazon Cognito ID or access token.
    pub subject_token_provider_name: Option<String>,
    /// A token that identifies the intermediary service that is exchanging the token on behalf of the user. When you provide an `ActorToken`, the token that Amazon Cognito issues carries an `act` claim that identifies the intermediary, so that downstream services can distinguish a user acting directly from an intermediary acting on the user's behalf.
    pub actor_token: Option<awsop::Sensitive<String>>,
    /// The type of the `ActorToken` that you provide. Required when you provide an `ActorToken`. Valid values:
    ///
    /// - `ACCESS_TOKEN` – The actor token is an access token.
    /// - `ID_TOKEN` – The actor token is an ID token.
    /// - `SAML2` – The actor token is a SAML 2.0 assertion.
    pub actor_token_type: Option<TokenTypeIdentifierType>,
    /// The name of the third-party identity provider that issued the `ActorToken`, if the actor token isn't a Amazon Cognito token.
    pub actor_token_provider_name: Option<String>,
    /// The scopes that you want the new token to have. Amazon Cognito issues a token with the intersection of these requested scopes, the scopes of your `SubjectToken`, and the scopes that are allowed for the requesting app client. If you don't specify any scopes, Amazon Cognito issues a token with the same scopes as your `SubjectToken`.
    pub scopes: Option<Vec<String>>,
    /// The logical name of the target service where you intend to use the issued token. You can't request both `Audiences` and `Resources` in the same request.
    pub audiences: Option<Vec<String>>,
    /// The identifier of a resource server in your user pool where you intend to use the issued token. You can't request both `Resources` and `Audiences` in the same request.
    pub resources: Option<Vec<String>>,
    /// The type of token that you want Amazon Cognito to issue. Valid values:
    ///
    /// - `ACCESS_TOKEN` – Issues an access token.
    /// - `ID_TOKEN` – Issues an ID token.
    ///
    /// Amazon Cognito can't issue a SAML assertion, so `SAML2` isn't a valid value for this parameter.
    pub requested_token_type: Option<IssuedTokenTypeIdentifierType>,
}

/// The response to [`GetDerivedToken`].
///
/// Represents the response to a token exchange request.
#[awsop::aws_shape(output, eq)]
pub struct GetDerivedTokenResponse {
    /// The token that Amazon Cognito issued in response to the token exchange request.
    pub issued_token: awsop::Sensitive<String>,
    /// The type of the token in the `IssuedToken` parameter. Valid values:
    ///
    /// - `ACCESS_TOKEN` – The issued token is an access token.
    /// - `ID_TOKEN` – The issued token is an ID token.
    pub issued_token_type: IssuedTokenTypeIdentifierType,
    /// The type of the issued token. For example, `Bearer`.
    pub token_type: OAuthTokenTypeType,
    /// The number of seconds until the issued token expires.
    pub expires_in: Option<i32>,
    /// The scopes that Amazon Cognito granted in the issued token.
    pub scopes: Option<Vec<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetDerivedToken`].
#[awsop::aws_error]
pub enum GetDerivedTokenError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetDevice -------------------------------------------------------------

/// Given a device key, returns information about a remembered device for the current user. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetDevice", output = GetDeviceResponse, error = GetDeviceError, auth = none)]
pub struct GetDevice {
    /// The key of the device that you want to get information about.
    pub device_key: String,
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: Option<awsop::Sensitive<String>>,
}

/// The response to [`GetDevice`].
///
/// Gets the device response.
#[awsop::aws_shape(output, eq)]
pub struct GetDeviceResponse {
    /// Details of the requested device. Includes device information, last-accessed and created dates, and the device key.
    pub device: DeviceType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetDevice`].
#[awsop::aws_error]
pub enum GetDeviceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetGroup --------------------------------------------------------------

/// Given a user pool ID and a group name, returns information about the user group.
///
/// For more information about user pool groups, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetGroup", output = GetGroupResponse, error = GetGroupError)]
pub struct GetGroup {
    /// The name of the group that you want to get information about.
    pub group_name: String,
    /// The ID of the user pool that contains the group that you want to query.
    pub user_pool_id: String,
}

/// The response to [`GetGroup`].
#[awsop::aws_shape(output, eq)]
pub struct GetGroupResponse {
    /// A container for the requested group. Includes description, precedence, and IAM role values.
    pub group: Option<GroupType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetGroup`].
#[awsop::aws_error]
pub enum GetGroupError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetIdentityProviderByIdentifier ---------------------------------------

/// Given the identifier of an identity provider (IdP), for example `examplecorp`, returns information about the user pool configuration for that IdP. For more information about IdPs, see [Third-party IdP sign-in](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetIdentityProviderByIdentifier", output = GetIdentityProviderByIdentifierResponse, error = GetIdentityProviderByIdentifierError)]
pub struct GetIdentityProviderByIdentifier {
    /// The ID of the user pool where you want to get information about the IdP.
    pub user_pool_id: String,
    /// The identifier that you assigned to your user pool. The identifier is an alternative name for an IdP that is distinct from the IdP name. For example, an IdP with a name of `MyIdP` might have an identifier of the email domain `example.com`.
    pub idp_identifier: String,
}

/// The response to [`GetIdentityProviderByIdentifier`].
#[awsop::aws_shape(output)]
pub struct GetIdentityProviderByIdentifierResponse {
    /// The configuration of the IdP in your user pool. Includes additional identifiers, the IdP name and type, and trust-relationship details like the issuer URL.
    pub identity_provider: IdentityProviderType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetIdentityProviderByIdentifier`].
#[awsop::aws_error]
pub enum GetIdentityProviderByIdentifierError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetLogDeliveryConfiguration -------------------------------------------

/// Given a user pool ID, returns the logging configuration. User pools can export message-delivery error and threat-protection activity logs to external Amazon Web Services services. For more information, see [Exporting user pool logs](https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetLogDeliveryConfiguration", output = GetLogDeliveryConfigurationResponse, error = GetLogDeliveryConfigurationError)]
pub struct GetLogDeliveryConfiguration {
    /// The ID of the user pool that has the logging configuration that you want to view.
    pub user_pool_id: String,
}

/// The response to [`GetLogDeliveryConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct GetLogDeliveryConfigurationResponse {
    /// The logging configuration of the requested user pool. Includes types of logs configured and their destinations.
    pub log_delivery_configuration: Option<LogDeliveryConfigurationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetLogDeliveryConfiguration`].
#[awsop::aws_error]
pub enum GetLogDeliveryConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetProvisionedLimit ---------------------------------------------------

/// Returns the current provisioned limit for a specific API category.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetProvisionedLimit", output = GetProvisionedLimitResponse, error = GetProvisionedLimitError)]
pub struct GetProvisionedLimit {
    /// The limit to retrieve. Specify the limit class and the attributes that identify the limit.
    pub limit_definition: LimitDefinitionType,
}

/// The response to [`GetProvisionedLimit`].
#[awsop::aws_shape(output)]
pub struct GetProvisionedLimitResponse {
    /// The provisioned and default limit values for the requested limit.
    pub limit: LimitType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetProvisionedLimit`].
#[awsop::aws_error]
pub enum GetProvisionedLimitError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetSigningCertificate -------------------------------------------------

/// Given a user pool ID, returns the signing certificate for SAML 2.0 federation.
///
/// Issued certificates are valid for 10 years from the date of issue. Amazon Cognito issues and assigns a new signing certificate annually. This renewal process returns a new value in the response to `GetSigningCertificate`, but doesn't invalidate the original certificate.
///
/// For more information, see [Signing SAML requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html#cognito-user-pools-SAML-signing).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetSigningCertificate", output = GetSigningCertificateResponse, error = GetSigningCertificateError)]
pub struct GetSigningCertificate {
    /// The ID of the user pool where you want to view the signing certificate.
    pub user_pool_id: String,
}

/// The response to [`GetSigningCertificate`].
///
/// Response from Amazon Cognito for a signing certificate request.
#[awsop::aws_shape(output, eq)]
pub struct GetSigningCertificateResponse {
    /// The x.509 certificate that signs SAML 2.0 authentication requests for your user pool.
    pub certificate: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetSigningCertificate`].
#[awsop::aws_error]
pub enum GetSigningCertificateError {
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetTokensFromRefreshToken ---------------------------------------------

/// Given a refresh token, issues new ID, access, and optionally refresh tokens for the user who owns the submitted token. This operation issues a new refresh token and invalidates the original refresh token after an optional grace period when refresh token rotation is enabled. If refresh token rotation is disabled, issues new ID and access tokens only.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetTokensFromRefreshToken", output = GetTokensFromRefreshTokenResponse, error = GetTokensFromRefreshTokenError, auth = none)]
pub struct GetTokensFromRefreshToken {
    /// A valid refresh token that can authorize the request for new tokens. When refresh token rotation is active in the requested app client, this token is invalidated after the request is complete and after an optional grace period.
    pub refresh_token: awsop::Sensitive<String>,
    /// The app client that issued the refresh token to the user who wants to request new tokens.
    pub client_id: awsop::Sensitive<String>,
    /// The client secret of the requested app client, if the client has a secret.
    pub client_secret: Option<awsop::Sensitive<String>>,
    /// When you enable device remembering, Amazon Cognito issues a device key that you can use for device authentication that bypasses multi-factor authentication (MFA). To implement `GetTokensFromRefreshToken` in a user pool with device remembering, you must capture the device key from the initial authentication request. If your application doesn't provide the key of a registered device, Amazon Cognito issues a new one. You must provide the confirmed device key in this request if device remembering is enabled in your user pool.
    ///
    /// For more information about device remembering, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    pub device_key: Option<String>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`GetTokensFromRefreshToken`].
#[awsop::aws_shape(output, eq)]
pub struct GetTokensFromRefreshTokenResponse {
    /// The object that your application receives after authentication. Contains tokens and information for device authentication.
    pub authentication_result: Option<AuthenticationResultType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetTokensFromRefreshToken`].
#[awsop::aws_error]
pub enum GetTokensFromRefreshTokenError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`RefreshTokenReuseException`]: the service returned `RefreshTokenReuseException`.
    RefreshTokenReuseException(RefreshTokenReuseException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUICustomization ----------------------------------------------------

/// Given a user pool ID or app client, returns information about classic hosted UI branding that you applied, if any. Returns user-pool level branding information if no app client branding is applied, or if you don't specify an app client ID. Returns an empty object if you haven't applied hosted UI branding to either the client or the user pool. For more information, see [Hosted UI (classic) branding](https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUICustomization", output = GetUiCustomizationResponse, error = GetUiCustomizationError)]
pub struct GetUiCustomization {
    /// The ID of the user pool that you want to query for branding settings.
    pub user_pool_id: String,
    /// The ID of the app client that you want to query for branding settings.
    pub client_id: Option<awsop::Sensitive<String>>,
}

/// The response to [`GetUiCustomization`].
#[awsop::aws_shape(output, eq)]
pub struct GetUiCustomizationResponse {
    /// Information about the classic hosted UI custom CSS and logo-image branding that you applied to the user pool or app client.
    #[aws(rename = "UICustomization")]
    pub ui_customization: UiCustomizationType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUiCustomization`].
#[awsop::aws_error]
pub enum GetUiCustomizationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUser ---------------------------------------------------------------

/// Gets user attributes and and MFA settings for the currently signed-in user.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUser", output = GetUserResponse, error = GetUserError, auth = none)]
pub struct GetUser {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`GetUser`].
///
/// Represents the response from the server from the request to get information about the user.
#[awsop::aws_shape(output, eq)]
pub struct GetUserResponse {
    /// The name of the user that you requested.
    pub username: awsop::Sensitive<String>,
    /// An array of name-value pairs representing user attributes.
    ///
    /// Custom attributes are prepended with the `custom:` prefix.
    pub user_attributes: Vec<AttributeType>,
    /// *This response parameter is no longer supported.* It provides information only about SMS MFA configurations. It doesn't provide information about time-based one-time password (TOTP) software token MFA configurations. To look up information about either type of MFA configuration, use UserMFASettingList instead.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MfaOptionType>>,
    /// The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA.
    pub preferred_mfa_setting: Option<String>,
    /// The MFA options that are activated for the user. The possible values in this list are `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`.
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUser`].
#[awsop::aws_error]
pub enum GetUserError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUserAttributeVerificationCode --------------------------------------

/// Given an attribute name, sends a user attribute verification code for the specified attribute name to the currently signed-in user.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUserAttributeVerificationCode", output = GetUserAttributeVerificationCodeResponse, error = GetUserAttributeVerificationCodeError, auth = none)]
pub struct GetUserAttributeVerificationCode {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The name of the attribute that the user wants to verify, for example `email`.
    pub attribute_name: String,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`GetUserAttributeVerificationCode`].
///
/// The verification code response returned by the server response to get the user attribute verification code.
#[awsop::aws_shape(output, eq)]
pub struct GetUserAttributeVerificationCodeResponse {
    /// Information about the delivery destination of the user attribute verification code.
    pub code_delivery_details: Option<CodeDeliveryDetailsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUserAttributeVerificationCode`].
#[awsop::aws_error]
pub enum GetUserAttributeVerificationCodeError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUserAuthFactors ----------------------------------------------------

/// Lists the authentication options for the currently signed-in user. Returns the following:
///
/// 1. The user's multi-factor authentication (MFA) preferences.
/// 2. The user's options for choice-based authentication with the `USER_AUTH` flow.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUserAuthFactors", output = GetUserAuthFactorsResponse, error = GetUserAuthFactorsError, auth = none)]
pub struct GetUserAuthFactors {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`GetUserAuthFactors`].
#[awsop::aws_shape(output, eq)]
pub struct GetUserAuthFactorsResponse {
    /// The name of the user who is eligible for the authentication factors in the response.
    pub username: awsop::Sensitive<String>,
    /// The challenge method that Amazon Cognito returns to the user in response to sign-in requests. Users can prefer SMS message, email message, or TOTP MFA.
    pub preferred_mfa_setting: Option<String>,
    /// The MFA options that are activated for the user. The possible values in this list are `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`.
    #[aws(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    /// The authentication types that are available to the user with `USER_AUTH` sign-in, for example `["PASSWORD", "WEB_AUTHN"]`.
    ///
    /// `PASSWORD` can only be used as a first authentication factor. `SOFTWARE_TOKEN` can only be used as an MFA factor. `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN` can be used as either a first authentication factor or an MFA factor. `WEB_AUTHN` is available as an MFA factor only when passkey MFA is enabled at the user pool level.
    pub configured_user_auth_factors: Option<Vec<AuthFactorType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUserAuthFactors`].
#[awsop::aws_error]
pub enum GetUserAuthFactorsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUserPoolClientSessionConfiguration ---------------------------------

/// Retrieves the session configuration for a user pool app client. If you have never called `SetUserPoolClientSessionConfiguration` for the app client, this operation returns the default SSO session maximum validity of `60` minutes.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUserPoolClientSessionConfiguration", output = GetUserPoolClientSessionConfigurationResponse, error = GetUserPoolClientSessionConfigurationError)]
pub struct GetUserPoolClientSessionConfiguration {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: String,
    /// The ID of the app client where you want to retrieve the session configuration.
    pub client_id: awsop::Sensitive<String>,
}

/// The response to [`GetUserPoolClientSessionConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct GetUserPoolClientSessionConfigurationResponse {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: Option<String>,
    /// The ID of the app client that the session configuration applies to.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The SSO session settings for the app client.
    #[aws(rename = "SSOSession")]
    pub sso_session: Option<ClientSsoSessionConfigType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUserPoolClientSessionConfiguration`].
#[awsop::aws_error]
pub enum GetUserPoolClientSessionConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUserPoolMfaConfig --------------------------------------------------

/// Given a user pool ID, returns configuration for sign-in with WebAuthn authenticators and for multi-factor authentication (MFA). This operation describes the following:
///
/// - The WebAuthn relying party (RP) ID and user-verification settings.
/// - The required, optional, or disabled state of MFA for all user pool users.
/// - The message templates for email and SMS MFA.
/// - The enabled or disabled state of time-based one-time password (TOTP) MFA.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUserPoolMfaConfig", output = GetUserPoolMfaConfigResponse, error = GetUserPoolMfaConfigError)]
pub struct GetUserPoolMfaConfig {
    /// The ID of the user pool where you want to query WebAuthn and MFA configuration.
    pub user_pool_id: String,
}

/// The response to [`GetUserPoolMfaConfig`].
#[awsop::aws_shape(output, eq)]
pub struct GetUserPoolMfaConfigResponse {
    /// Shows user pool configuration for SMS message MFA. Includes the message template and the SMS message sending configuration for Amazon SNS.
    pub sms_mfa_configuration: Option<SmsMfaConfigType>,
    /// Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP enabled or disabled state.
    pub software_token_mfa_configuration: Option<SoftwareTokenMfaConfigType>,
    /// Shows configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). Includes the subject and body of the email message template for sign-in and MFA messages. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub email_mfa_configuration: Option<EmailMfaConfigType>,
    /// Displays the state of multi-factor authentication (MFA) as on, off, or optional. When `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination of whether a user wants to register an MFA device. For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.
    ///
    /// When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// Shows user pool configuration for sign-in with passkey authenticators such as biometric devices and security keys. Includes relying-party configuration, user-verification requirements, and whether passkeys can satisfy MFA requirements.
    pub web_authn_configuration: Option<WebAuthnConfigurationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUserPoolMfaConfig`].
#[awsop::aws_error]
pub enum GetUserPoolMfaConfigError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GetUserPoolSessionConfiguration ---------------------------------------

/// Retrieves the session tracking configuration for a user pool, including whether session tracking is enabled and the pool-wide maximum number of active token sessions for each user. If you have never called `SetUserPoolSessionConfiguration` for the user pool, this operation returns the default values: `UserSessionTracking` as `DISABLED` and a `MaxPerUser` value of `20`.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GetUserPoolSessionConfiguration", output = GetUserPoolSessionConfigurationResponse, error = GetUserPoolSessionConfigurationError)]
pub struct GetUserPoolSessionConfiguration {
    /// The ID of the user pool where you want to retrieve the session configuration.
    pub user_pool_id: String,
}

/// The response to [`GetUserPoolSessionConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct GetUserPoolSessionConfigurationResponse {
    /// The ID of the user pool that the session configuration applies to.
    pub user_pool_id: Option<String>,
    /// Indicates whether session tracking is enabled for the user pool.
    pub user_session_tracking: Option<UserSessionTrackingType>,
    /// The pool-wide token session settings for the user pool.
    pub token_session: Option<UserPoolTokenSessionConfigType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GetUserPoolSessionConfiguration`].
#[awsop::aws_error]
pub enum GetUserPoolSessionConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- GlobalSignOut ---------------------------------------------------------

/// Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a user. Call this operation when your user signs out of your app. This results in the following behavior.
///
/// - Amazon Cognito no longer accepts *token-authorized* user operations that you authorize with a signed-out user's access tokens. For more information, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
///   Amazon Cognito returns an `Access Token has been revoked` error when your app attempts to authorize a user pools API request with a revoked access token that contains the scope `aws.cognito.signin.user.admin`.
/// - Amazon Cognito no longer accepts a signed-out user's ID token in a [GetId](https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html) request to an identity pool with `ServerSideTokenCheck` enabled for its user pool IdP configuration in [CognitoIdentityProvider](https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html).
/// - Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh requests.
///
/// Other requests might be valid until your user's token expires. This operation doesn't clear the [managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html) session cookie. To clear the session for a user who signed in with managed login or the classic hosted UI, direct their browser session to the [logout endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "GlobalSignOut", output = GlobalSignOutResponse, error = GlobalSignOutError, auth = none)]
pub struct GlobalSignOut {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`GlobalSignOut`].
///
/// The response to the request to sign out all devices.
#[awsop::aws_shape(output, eq)]
pub struct GlobalSignOutResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`GlobalSignOut`].
#[awsop::aws_error]
pub enum GlobalSignOutError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- InitiateAuth ----------------------------------------------------------

/// Declares an authentication flow and initiates sign-in for a user in the Amazon Cognito user directory. Amazon Cognito might respond with an additional challenge or an `AuthenticationResult` that contains the outcome of a successful authentication. You can't sign in a user with a federated IdP with `InitiateAuth`. For more information, see [Authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html).
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "InitiateAuth", output = InitiateAuthResponse, error = InitiateAuthError, auth = none)]
pub struct InitiateAuth {
    /// The authentication flow that you want to initiate. Each `AuthFlow` has linked `AuthParameters` that you must submit. The following are some example flows.
    ///
    /// **USER\_AUTH**
    ///
    /// The entry point for [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice) with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred authentication type or review available authentication types. From the offered authentication types, select one in a challenge response and then authenticate with that method in an additional challenge response. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    ///
    /// **USER\_SRP\_AUTH**
    ///
    /// Username-password authentication with the Secure Remote Password (SRP) protocol. For more information, see [Use SRP password verification in custom authentication flow](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html#Using-SRP-password-verification-in-custom-authentication-flow).
    ///
    /// **REFRESH\_TOKEN\_AUTH and REFRESH\_TOKEN**
    ///
    /// Receive new ID and access tokens when you pass a `REFRESH_TOKEN` parameter with a valid refresh token as the value. For more information, see [Using the refresh token](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
    ///
    /// **CUSTOM\_AUTH**
    ///
    /// Custom authentication with Lambda triggers. For more information, see [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    ///
    /// **USER\_PASSWORD\_AUTH**
    ///
    /// Client-side username-password authentication with the password sent directly in the request. For more information about client-side and server-side authentication, see [SDK authorization models](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html).
    ///
    /// `ADMIN_USER_PASSWORD_AUTH` is a flow type of `AdminInitiateAuth` and isn't valid for InitiateAuth. `ADMIN_NO_SRP_AUTH` is a legacy server-side username-password flow and isn't valid for InitiateAuth.
    pub auth_flow: AuthFlowType,
    /// The authentication parameters. These are inputs corresponding to the `AuthFlow` that you're invoking.
    ///
    /// The following are some authentication flows and their parameters. Add a `SECRET_HASH` parameter if your app client has a client secret. Add `DEVICE_KEY` if you want to bypass multi-factor authentication with a remembered device.
    ///
    /// **USER\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `PREFERRED_CHALLENGE`. If you don't provide a value for `PREFERRED_CHALLENGE`, Amazon Cognito responds with the `AvailableChallenges` parameter that specifies the available sign-in methods.
    /// - `TARGET_ACR_VALUES`. An optional, space-separated list of the authentication context class reference (ACR) level URIs that you want the user to reach. List the levels in priority order, from highest to lowest. Amazon Cognito attempts the highest-priority level that the user can satisfy, and falls back through the list. Amazon Cognito ignores any value that it doesn't recognize. If none of the requested values are valid, Amazon Cognito returns an error.
    ///
    ///   Requesting step-up authentication with this parameter requires the Essentials or Plus feature plan. On a lower feature plan, InitiateAuth returns a FeatureUnavailableInTierException. `USERNAME` is required. When you provide an `ACCESS_TOKEN`, you must also provide `TARGET_ACR_VALUES`. Amazon Cognito returns an error if you provide an `ACCESS_TOKEN` without `TARGET_ACR_VALUES`. The `USERNAME` that you provide must match the user that the `ACCESS_TOKEN` was issued for.
    ///
    ///   For more information about step-up authentication and how Amazon Cognito handles multi-factor authentication requirements, see [Step-up authentication with ACR and AMR](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-step-up-authentication.html) in the *Amazon Cognito Developer Guide*.
    /// - `MAX_AGE`. An optional integer that sets the maximum number of seconds allowed since the user last authenticated. If the user's most recent authentication is older than this value, Amazon Cognito discards the authentication-methods credit from any access token that you provide and processes the request as a fresh authentication toward the target level. The access token itself remains valid.
    ///
    /// **USER\_SRP\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `SRP_A` (required)
    ///
    /// **USER\_PASSWORD\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `PASSWORD` (required)
    ///
    /// **REFRESH\_TOKEN\_AUTH/REFRESH\_TOKEN**
    ///
    /// - `REFRESH_TOKEN`(required)
    ///
    /// **CUSTOM\_AUTH**
    ///
    /// - `USERNAME` (required)
    /// - `ChallengeName: SRP_A` (when doing SRP authentication before custom challenges)
    /// - `SRP_A: (An SRP_A value)` (when doing SRP authentication before custom challenges)
    ///
    /// For more information about `SECRET_HASH`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash). For information about `DEVICE_KEY`, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    #[aws(sensitive)]
    pub auth_parameters: Option<std::collections::HashMap<String, String>>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// The `ClientMetadata` value is passed as input to the functions for only the following triggers:
    ///
    /// - Pre signup
    /// - Pre authentication
    /// - User migration
    ///
    /// This request also invokes the functions for the following triggers, but doesn't pass `ClientMetadata`:
    ///
    /// - Post authentication
    /// - Custom message
    /// - Pre token generation
    /// - Create auth challenge
    /// - Define auth challenge
    /// - Custom email sender
    /// - Custom SMS sender
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
    /// The ID of the app client that your user wants to sign in to.
    pub client_id: awsop::Sensitive<String>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// The optional session ID from a `ConfirmSignUp` API request. You can sign in a user directly from the sign-up process with the `USER_AUTH` authentication flow. When you pass the session ID to `InitiateAuth`, Amazon Cognito assumes the SMS or email message one-time verification password from `ConfirmSignUp` as the primary authentication factor. You're not required to submit this code a second time. This option is only valid for users who have confirmed their sign-up and are signing in for the first time within the authentication flow session duration of the session ID.
    pub session: Option<awsop::Sensitive<String>>,
}

/// The response to [`InitiateAuth`].
///
/// Initiates the authentication response.
#[awsop::aws_shape(output, eq)]
pub struct InitiateAuthResponse {
    /// The name of an additional authentication challenge that you must respond to.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: Option<ChallengeNameType>,
    /// The session identifier that links a challenge response to the initial authentication request. If the user must pass another challenge, Amazon Cognito returns a session ID and challenge parameters.
    pub session: Option<awsop::Sensitive<String>>,
    /// The required parameters of the `ChallengeName` challenge.
    ///
    /// All challenges require `USERNAME`. They also require `SECRET_HASH` if your app client has a client secret.
    pub challenge_parameters: Option<std::collections::HashMap<String, String>>,
    /// The result of a successful and complete authentication request. This result is only returned if the user doesn't need to pass another challenge. If they must pass another challenge before they get tokens, Amazon Cognito returns a challenge in `ChallengeName`, `ChallengeParameters`, and `Session` response parameters.
    pub authentication_result: Option<AuthenticationResultType>,
    /// This response parameter lists the available authentication challenges that users can select from in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice). For example, they might be able to choose between passkey authentication, a one-time password from an SMS message, and a traditional password.
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`InitiateAuth`].
#[awsop::aws_error]
pub enum InitiateAuthError {
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- InitiatePointInTimeRecovery -------------------------------------------

/// Initiates a point-in-time recovery of a user pool to a time in the past that you specify. This operation is the first step of a recovery and doesn't change your user pool data. Amazon Cognito pauses write operations in the user pool and generates a recovery preview, which might not be available immediately. The preview shows the number of entities that the recovery creates, updates, and deletes. To check the status of the recovery and review the preview, make a request. When the status is `PREVIEW_GENERATED`, apply the recovery with a request or discard it with a request. The time that it takes to generate the recovery preview doesn't depend on the size of your user pool.
///
/// **Important:** Point-in-time recovery is a disaster recovery feature. Use it to recover from accidental or unauthorized changes that affect your user data, for example the deletion or corruption of many users. Don't use point-in-time recovery to remove users that were created recently or to revert changes to individual users. To delete or update individual users, use operations like and .
///
/// While a recovery is in progress, Amazon Cognito blocks operations that write to the user pool, for example user sign-up, user creation, and attribute updates. Sign-in and read operations continue to work, with the following exceptions:
///
/// - Users who must set a new password, set up MFA, or respond to a TOTP MFA challenge can't complete sign-in. Sign-in with the `NEW_PASSWORD_REQUIRED`, `MFA_SETUP`, and `SOFTWARE_TOKEN_MFA` challenges fails until the recovery ends.
/// - Federated users can sign in only if they have previously signed in to the user pool and their attributes from the external identity provider haven't changed.
/// - You can't create or start user import jobs. Start your import jobs after the recovery ends.
///
/// If you don't start or cancel the recovery within 24 hours after you initiate it, the recovery preview expires. Amazon Cognito then resumes write operations and doesn't change your user pool data. The 24-hour period includes the time that Amazon Cognito takes to generate the recovery preview.
///
/// A point-in-time recovery restores user data, including user profiles and attributes, group memberships, passwords, MFA settings, and passkeys. It doesn't restore user pool configuration, for example app clients, the attribute schema, encryption settings, or multi-Region replication settings. Users who changed their password after the recovery point keep their current password.
///
/// The following requirements and limits apply to point-in-time recovery:
///
/// - Your user pool must be on the Essentials or Plus [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html). With the Essentials feature plan, you can recover your user pool to a point in time up to 1 day in the past. With the Plus feature plan, you can recover up to 14 days in the past. Your user pool must have been on the required feature plan at the recovery point. For example, to recover to a point in time 14 days ago, your user pool must have been on the Plus feature plan for the past 14 days.
/// - The recovery point must be at least 15 minutes in the past and can't be earlier than the creation time of the user pool.
/// - A user pool can have only one active recovery at a time.
/// - An Amazon Web Services account can have up to five active recoveries at a time across all of its user pools. An organization in Amazon Web Services Organizations can have up to ten active recoveries at a time across all of its accounts.
/// - You can complete one recovery of a user pool in a 24-hour period.
/// - You can create up to three recovery previews of a user pool, ten recovery previews in an Amazon Web Services account, and 15 recovery previews in an organization in Amazon Web Services Organizations in a 24-hour period. You can create up to ten recovery previews of a user pool in a 30-day period.
/// - You can't initiate a recovery while a user import job is in progress in your user pool. Wait for the import job to complete, or stop it with a request, and then initiate the recovery.
/// - In a user pool with multi-Region replication, you can initiate a recovery only in the primary Amazon Web Services Region, and only after replication is complete.
/// - If your user pool uses a customer managed key in KMS for encryption, the key must remain enabled and accessible to Amazon Cognito for the duration of the recovery.
/// - Some user pools don't support point-in-time recovery, for example some older user pools and user pools that contain user data with characters or formats that point-in-time recovery doesn't support. If your user pool doesn't support it, Amazon Cognito returns an error when you initiate a recovery. To get help with this limitation, contact Amazon Web Services Support.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "InitiatePointInTimeRecovery", output = InitiatePointInTimeRecoveryResponse, error = InitiatePointInTimeRecoveryError)]
pub struct InitiatePointInTimeRecovery {
    /// The ID of the user pool that you want to recover.
    pub user_pool_id: String,
    /// The point in time that you want to recover your user pool to. Amazon Cognito reverts changes to user data that occurred after this time. The recovery point must be at least 15 minutes in the past and within the recovery period of your user pool feature plan: up to 1 day in the past with the Essentials feature plan, or up to 14 days in the past with the Plus feature plan.
    pub restore_timestamp: awsop::time::DateTime,
}

/// The response to [`InitiatePointInTimeRecovery`].
#[awsop::aws_shape(output, eq)]
pub struct InitiatePointInTimeRecoveryResponse {
    /// The details of the recovery that you initiated. Includes the recovery ID that you can use in later requests to describe, start, or cancel the recovery.
    pub restoration: Option<RestorationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`InitiatePointInTimeRecovery`].
#[awsop::aws_error]
pub enum InitiatePointInTimeRecoveryError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListCIMDPolicies ------------------------------------------------------

/// Lists the Client ID Metadata Document (CIMD) policies in a user pool.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListCIMDPolicies", output = ListCimdPoliciesResponse, error = ListCimdPoliciesError)]
pub struct ListCimdPolicies {
    /// The ID of the user pool whose CIMD policies you want to list.
    pub user_pool_id: String,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The maximum number of CIMD policies that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
}

impl ListCimdPolicies {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `CIMDPolicies`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, CimdPolicySummaryType> {
        self.paginate(client).items(|out| out.cimd_policies)
    }
}

/// The response to [`ListCimdPolicies`].
#[awsop::aws_shape(output, eq)]
pub struct ListCimdPoliciesResponse {
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// A summary of each CIMD policy in the user pool.
    #[aws(rename = "CIMDPolicies")]
    pub cimd_policies: Vec<CimdPolicySummaryType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListCimdPolicies`].
#[awsop::aws_error]
pub enum ListCimdPoliciesError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListClientMetadataURLs ------------------------------------------------

/// Lists the client ID metadata document URLs that Amazon Cognito has received for a Client ID Metadata Document (CIMD) policy, with the cache state of each URL.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListClientMetadataURLs", output = ListClientMetadataUrlsResponse, error = ListClientMetadataUrlsError)]
pub struct ListClientMetadataUrls {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy whose client metadata document URLs you want to list.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The maximum number of URLs that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
}

impl ListClientMetadataUrls {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `ClientMetadataURLs`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, ClientMetadataUrlType> {
        self.paginate(client).items(|out| out.client_metadata_urls)
    }
}

/// The response to [`ListClientMetadataUrls`].
#[awsop::aws_shape(output, eq)]
pub struct ListClientMetadataUrlsResponse {
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The client metadata document URLs for the CIMD policy, with the cache state of each URL.
    #[aws(rename = "ClientMetadataURLs")]
    pub client_metadata_urls: Vec<ClientMetadataUrlType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListClientMetadataUrls`].
#[awsop::aws_error]
pub enum ListClientMetadataUrlsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListDevices -----------------------------------------------------------

/// Lists the devices that Amazon Cognito has registered to the currently signed-in user. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListDevices", output = ListDevicesResponse, error = ListDevicesError, auth = none)]
pub struct ListDevices {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The maximum number of devices that you want Amazon Cognito to return in the response.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
}

/// The response to [`ListDevices`].
///
/// Represents the response to list devices.
#[awsop::aws_shape(output, eq)]
pub struct ListDevicesResponse {
    /// An array of devices and their details. Each entry that's returned includes device information, last-accessed and created dates, and the device key.
    pub devices: Option<Vec<DeviceType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListDevices`].
#[awsop::aws_error]
pub enum ListDevicesError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListGroups ------------------------------------------------------------

/// Given a user pool ID, returns user pool groups and their details.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListGroups", output = ListGroupsResponse, error = ListGroupsError)]
pub struct ListGroups {
    /// The ID of the user pool where you want to list user groups.
    pub user_pool_id: String,
    /// The maximum number of groups that you want Amazon Cognito to return in the response.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl ListGroups {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `Groups`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, GroupType> {
        self.paginate(client)
            .items(|out| out.groups.unwrap_or_default())
    }
}

/// The response to [`ListGroups`].
#[awsop::aws_shape(output, eq)]
pub struct ListGroupsResponse {
    /// An array of groups and their details. Each entry that's returned includes description, precedence, and IAM role values.
    pub groups: Option<Vec<GroupType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListGroups`].
#[awsop::aws_error]
pub enum ListGroupsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListIdentityProviders -------------------------------------------------

/// Given a user pool ID, returns information about configured identity providers (IdPs). For more information about IdPs, see [Third-party IdP sign-in](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListIdentityProviders", output = ListIdentityProvidersResponse, error = ListIdentityProvidersError)]
pub struct ListIdentityProviders {
    /// The ID of the user pool where you want to list IdPs.
    pub user_pool_id: String,
    /// The maximum number of IdPs that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl ListIdentityProviders {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `Providers`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, ProviderDescription> {
        self.paginate(client).items(|out| out.providers)
    }
}

/// The response to [`ListIdentityProviders`].
#[awsop::aws_shape(output, eq)]
pub struct ListIdentityProvidersResponse {
    /// An array of the IdPs in your user pool. For each, the response includes identifiers, the IdP name and type, and trust-relationship details like the issuer URL.
    pub providers: Vec<ProviderDescription>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListIdentityProviders`].
#[awsop::aws_error]
pub enum ListIdentityProvidersError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListPointInTimeRecoveries ---------------------------------------------

/// Lists the point-in-time recoveries of a user pool, including the active recovery and past recoveries. The response lists the most recent recoveries first and doesn't include recovery previews. To get the recovery preview of a recovery, make a request.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListPointInTimeRecoveries", output = ListPointInTimeRecoveriesResponse, error = ListPointInTimeRecoveriesError)]
pub struct ListPointInTimeRecoveries {
    /// The ID of the user pool where you want to list point-in-time recoveries.
    pub user_pool_id: String,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The maximum number of recoveries that you want Amazon Cognito to return in the response. Valid values are 1 through 60. The default value is 60.
    pub max_results: Option<i32>,
}

/// The response to [`ListPointInTimeRecoveries`].
#[awsop::aws_shape(output, eq)]
pub struct ListPointInTimeRecoveriesResponse {
    /// A summary of each requested recovery, including its ID, status, and the point in time that it restores the user pool to.
    pub restorations: Option<Vec<RestorationDescriptionType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListPointInTimeRecoveries`].
#[awsop::aws_error]
pub enum ListPointInTimeRecoveriesError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListResourceServers ---------------------------------------------------

/// Given a user pool ID, returns all resource servers and their details. For more information about resource servers, see [Access control with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListResourceServers", output = ListResourceServersResponse, error = ListResourceServersError)]
pub struct ListResourceServers {
    /// The ID of the user pool where you want to list resource servers.
    pub user_pool_id: String,
    /// The maximum number of resource servers that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl ListResourceServers {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `ResourceServers`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, ResourceServerType> {
        self.paginate(client).items(|out| out.resource_servers)
    }
}

/// The response to [`ListResourceServers`].
#[awsop::aws_shape(output, eq)]
pub struct ListResourceServersResponse {
    /// An array of resource servers and the details of their configuration. For each, the response includes names, identifiers, and custom scopes.
    pub resource_servers: Vec<ResourceServerType>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListResourceServers`].
#[awsop::aws_error]
pub enum ListResourceServersError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListTagsForResource ---------------------------------------------------

/// Lists the tags that are assigned to an Amazon Cognito user pool. For more information, see [Tagging resources](https://docs.aws.amazon.com/cognito/latest/developerguide/tagging.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListTagsForResource", output = ListTagsForResourceResponse, error = ListTagsForResourceError)]
pub struct ListTagsForResource {
    /// The Amazon Resource Name (ARN) of the user pool that the tags are assigned to.
    pub resource_arn: String,
}

/// The response to [`ListTagsForResource`].
#[awsop::aws_shape(output, eq)]
pub struct ListTagsForResourceResponse {
    /// The tags that are assigned to the user pool.
    pub tags: Option<std::collections::HashMap<String, String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListTagsForResource`].
#[awsop::aws_error]
pub enum ListTagsForResourceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListTerms -------------------------------------------------------------

/// Returns details about all terms documents for the requested user pool.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListTerms", output = ListTermsResponse, error = ListTermsError)]
pub struct ListTerms {
    /// The ID of the user pool where you want to list terms documents.
    pub user_pool_id: String,
    /// The maximum number of terms documents that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

/// The response to [`ListTerms`].
#[awsop::aws_shape(output, eq)]
pub struct ListTermsResponse {
    /// A summary of the requested terms documents. Includes unique identifiers for later changes to the terms documents.
    pub terms: Vec<TermsDescriptionType>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListTerms`].
#[awsop::aws_error]
pub enum ListTermsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserImportJobs ----------------------------------------------------

/// Given a user pool ID, returns user import jobs and their details. Import jobs are retained in user pool configuration so that you can stage, stop, start, review, and delete them. For more information about user import, see [Importing users from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserImportJobs", output = ListUserImportJobsResponse, error = ListUserImportJobsError)]
pub struct ListUserImportJobs {
    /// The ID of the user pool where you want to list import jobs.
    pub user_pool_id: String,
    /// The maximum number of import jobs that you want Amazon Cognito to return in the response.
    pub max_results: i32,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
}

/// The response to [`ListUserImportJobs`].
///
/// Represents the response from the server to the request to list the user import jobs.
#[awsop::aws_shape(output, eq)]
pub struct ListUserImportJobsResponse {
    /// An array of user import jobs from the requested user pool. For each, the response includes logging destination, status, and the Amazon S3 pre-signed URL for CSV upload.
    pub user_import_jobs: Option<Vec<UserImportJobType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserImportJobs`].
#[awsop::aws_error]
pub enum ListUserImportJobsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserPoolClientSecrets ---------------------------------------------

/// Lists all client secrets associated with a user pool app client. Returns metadata about the secrets. The response does not include pagination tokens as there are only 2 secrets at any given time and we return both with every ListUserPoolClientSecrets call. For security reasons, the response never reveals the actual secret value in ClientSecretValue.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserPoolClientSecrets", output = ListUserPoolClientSecretsResponse, error = ListUserPoolClientSecretsError)]
pub struct ListUserPoolClientSecrets {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: String,
    /// The ID of the app client whose secrets you want to list.
    pub client_id: awsop::Sensitive<String>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

/// The response to [`ListUserPoolClientSecrets`].
///
/// The response containing the list of client secret metadata. This response does not include a NextToken field as all secrets are returned in a single response.
#[awsop::aws_shape(output, eq)]
pub struct ListUserPoolClientSecretsResponse {
    /// A list of client secret descriptors containing the identifier and creation date for each secret. For security reasons, the response never reveals the actual secret value in ClientSecretValue.
    pub client_secrets: Option<Vec<ClientSecretDescriptorType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserPoolClientSecrets`].
#[awsop::aws_error]
pub enum ListUserPoolClientSecretsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InternalServerException`]: the service returned `InternalServerException`.
    InternalServerException(InternalServerException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserPoolClients ---------------------------------------------------

/// Given a user pool ID, lists app clients. App clients are sets of rules for the access that you want a user pool to grant to one application. For more information, see [App clients](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserPoolClients", output = ListUserPoolClientsResponse, error = ListUserPoolClientsError)]
pub struct ListUserPoolClients {
    /// The ID of the user pool where you want to list user pool clients.
    pub user_pool_id: String,
    /// The maximum number of app clients that you want Amazon Cognito to return in the response.
    pub max_results: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// Returns only app clients of this type. For dynamic client registration (`DCR`) and other app clients, the following values are valid.
    ///
    /// **REGULAR**
    ///
    /// An app client not created through dynamic client registration.
    ///
    /// **DCR**
    ///
    /// An app client created through dynamic client registration.
    ///
    /// If you omit `ClientType`, the response includes app clients of all types. When you set this filter, a page of results can contain fewer app clients than `MaxResults`, or none, while the response still includes a `NextToken`. Continue to request pages until the response has no `NextToken`. The app clients in the response don't include their type. To get the type of an app client, call `DescribeUserPoolClient`.
    pub client_type: Option<ClientTypeType>,
}

impl ListUserPoolClients {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `UserPoolClients`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, UserPoolClientDescription> {
        self.paginate(client)
            .items(|out| out.user_pool_clients.unwrap_or_default())
    }
}

/// The response to [`ListUserPoolClients`].
///
/// Represents the response from the server that lists user pool clients.
#[awsop::aws_shape(output, eq)]
pub struct ListUserPoolClientsResponse {
    /// An array of app clients and their details. Includes app client ID and name.
    pub user_pool_clients: Option<Vec<UserPoolClientDescription>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserPoolClients`].
#[awsop::aws_error]
pub enum ListUserPoolClientsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserPoolReplicas --------------------------------------------------

/// Lists all replicas for a user pool, including both primary and secondary replicas. We recommend using pagination to ensure that the operation returns quickly and successfully.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserPoolReplicas", output = ListUserPoolReplicasResponse, error = ListUserPoolReplicasError)]
pub struct ListUserPoolReplicas {
    /// The ID of the user pool for which to list replicas.
    pub user_pool_id: String,
    /// A pagination token for retrieving the next page of results. If this parameter is omitted, the operation returns the first page of results.
    pub next_token: Option<String>,
}

/// The response to [`ListUserPoolReplicas`].
#[awsop::aws_shape(output, eq)]
pub struct ListUserPoolReplicasResponse {
    /// A list of user pool replicas, including information about their status, role, and Region.
    pub user_pool_replicas: Option<Vec<UserPoolReplicaType>>,
    /// A pagination token for retrieving the next page of results. If this value is null, there are no more results to retrieve.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserPoolReplicas`].
#[awsop::aws_error]
pub enum ListUserPoolReplicasError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserPools ---------------------------------------------------------

/// Lists user pools and their details in the current Amazon Web Services account.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserPools", output = ListUserPoolsResponse, error = ListUserPoolsError)]
pub struct ListUserPools {
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The maximum number of user pools that you want Amazon Cognito to return in the response.
    pub max_results: i32,
}

impl ListUserPools {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `MaxResults` (field `max_results`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `UserPools`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, UserPoolDescriptionType> {
        self.paginate(client)
            .items(|out| out.user_pools.unwrap_or_default())
    }
}

/// The response to [`ListUserPools`].
///
/// Represents the response to list user pools.
#[awsop::aws_shape(output, eq)]
pub struct ListUserPoolsResponse {
    /// An array of user pools and their configuration details.
    pub user_pools: Option<Vec<UserPoolDescriptionType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserPools`].
#[awsop::aws_error]
pub enum ListUserPoolsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUserSessions ------------------------------------------------------

/// Lists the active sessions for the currently signed-in user. Amazon Cognito authorizes this operation with the user's access token and returns all of the user's active sessions across every app client in the user pool, including both token sessions and SSO sessions. The `IsCurrentSession` field identifies the session that the calling access token belongs to. The results are eventually consistent, and new sessions are typically included within a few seconds.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUserSessions", output = ListUserSessionsResponse, error = ListUserSessionsError, auth = none)]
pub struct ListUserSessions {
    /// A valid access token that Amazon Cognito issued to the user whose sessions you want to list. Amazon Cognito derives the user pool and username from this token.
    pub access_token: awsop::Sensitive<String>,
    /// A pagination token that Amazon Cognito returned in a previous response. Use this value to retrieve the next page of results if a `NextToken` was included in a prior response.
    pub next_token: Option<String>,
}

/// The response to [`ListUserSessions`].
#[awsop::aws_shape(output, eq)]
pub struct ListUserSessionsResponse {
    /// A list of the user's active sessions. Each element describes one token session or SSO session.
    pub sessions: Option<Vec<SessionDescriptionType>>,
    /// The pagination token to use in a subsequent request to retrieve the next page of results.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUserSessions`].
#[awsop::aws_error]
pub enum ListUserSessionsError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUsers -------------------------------------------------------------

/// Given a user pool ID, returns a list of users and their basic details in a user pool.
///
/// This operation is eventually consistent. You might experience a delay before results are up-to-date. To validate the existence or configuration of an individual user, use `AdminGetUser`.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUsers", output = ListUsersResponse, error = ListUsersError)]
pub struct ListUsers {
    /// The ID of the user pool where you want to display or search for users.
    pub user_pool_id: String,
    /// A JSON array of user attribute names, for example `given_name`, that you want Amazon Cognito to include in the response for each user. When you don't provide an `AttributesToGet` parameter, Amazon Cognito returns all attributes for each user.
    ///
    /// Use `AttributesToGet` with required attributes in your user pool, or in conjunction with `Filter`. Amazon Cognito returns an error if not all users in the results have set a value for the attribute you request. Attributes that you can't filter on, including custom attributes, must have a value set in every user profile before an `AttributesToGet` parameter returns results.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of users that you want Amazon Cognito to return in the response. In some SDK contexts, this operation might return fewer items than you specify in the `Limit` parameter without having reached the end of the full list. If the response contains a `PaginationToken`, then there are more results.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
    /// A filter string of the form `"AttributeName Filter-Type "AttributeValue"`. Quotation marks within the filter string must be escaped using the backslash (`\`) character. For example, `"family_name = \"Reddy\""`.
    ///
    /// - *AttributeName*: The name of the attribute to search for. You can only search for one attribute at a time.
    /// - *Filter-Type*: For an exact match, use `=`, for example, "`given_name = \"Jon\"`". For a prefix ("starts with") match, use `^=`, for example, "`given_name ^= \"Jon\"`".
    /// - *AttributeValue*: The attribute value that must be matched for each user.
    ///
    /// If the filter string is empty, `ListUsers` returns all users in the user pool.
    ///
    /// You can only search for the following standard attributes:
    ///
    /// - `username` (case-sensitive)
    /// - `email`
    /// - `phone_number`
    /// - `name`
    /// - `given_name`
    /// - `family_name`
    /// - `preferred_username`
    /// - `cognito:user_status` (called **Status** in the Console) (case-insensitive)
    /// - `status (called Enabled in the Console) (case-sensitive)`
    /// - `sub`
    ///
    /// Custom attributes aren't searchable.
    ///
    /// **Note:** You can also list users with a client-side filter. The server-side filter matches no more than one attribute. For an advanced search, use a client-side filter with the `--query` parameter of the `list-users` action in the CLI. When you use a client-side filter, ListUsers returns a paginated list of zero or more users. You can receive multiple pages in a row with zero results. Repeat the query with each pagination token that is returned until you receive a null pagination token value, and then review the combined result.
    ///
    /// For more information about server-side and client-side filtering, see [FilteringCLI output](https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html) in the [Command Line Interface User Guide](https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).
    ///
    /// For more information, see [Searching for Users Using the ListUsers API](https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api) and [Examples of Using the ListUsers API](https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-listusers-api-examples) in the *Amazon Cognito Developer Guide*.
    pub filter: Option<String>,
}

impl ListUsers {
    /// Pages through the results: sends this request, then sends it again with `PaginationToken` set from each response's `PaginationToken`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.pagination_token = Some(token),
            |out| awsop::paginate::string_token(&out.pagination_token),
        )
    }
    /// Every item of `Users`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, UserType> {
        self.paginate(client)
            .items(|out| out.users.unwrap_or_default())
    }
}

/// The response to [`ListUsers`].
///
/// The response from the request to list users.
#[awsop::aws_shape(output, eq)]
pub struct ListUsersResponse {
    /// An array of user pool users who match your query, and their attributes. Between different requests, you might observe variations in the sequence that users in this response object are sorted into. The sort order of users isn't guaranteed to follow a single pattern, but the paginated list from a single chain of requests won't return duplicates.
    pub users: Option<Vec<UserType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub pagination_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUsers`].
#[awsop::aws_error]
pub enum ListUsersError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListUsersInGroup ------------------------------------------------------

/// Given a user pool ID and a group name, returns a list of users in the group. For more information about user pool groups, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListUsersInGroup", output = ListUsersInGroupResponse, error = ListUsersInGroupError)]
pub struct ListUsersInGroup {
    /// The ID of the user pool where you want to view the membership of the requested group.
    pub user_pool_id: String,
    /// The name of the group that you want to query for user membership.
    pub group_name: String,
    /// The maximum number of groups that you want Amazon Cognito to return in the response. In some SDK contexts, this operation might return fewer items than you specify in the `Limit` parameter without having reached the end of the full list. If the response contains a `PaginationToken`, then there are more results.
    pub limit: Option<i32>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
}

impl ListUsersInGroup {
    /// Pages through the results: sends this request, then sends it again with `NextToken` set from each response's `NextToken`, until a response has none. The page size is the request's `Limit` (field `limit`).
    pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, String> {
        awsop::paginate::Pages::new(
            client,
            self,
            |op, token| op.next_token = Some(token),
            |out| awsop::paginate::string_token(&out.next_token),
        )
    }
    /// Every item of `Users`, over all the pages of [`paginate`](Self::paginate).
    pub fn paginate_items(
        self,
        client: &awsop::Client,
    ) -> awsop::paginate::Items<Self, String, UserType> {
        self.paginate(client)
            .items(|out| out.users.unwrap_or_default())
    }
}

/// The response to [`ListUsersInGroup`].
#[awsop::aws_shape(output, eq)]
pub struct ListUsersInGroupResponse {
    /// An array of users who are members in the group, and their attributes.
    pub users: Option<Vec<UserType>>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListUsersInGroup`].
#[awsop::aws_error]
pub enum ListUsersInGroupError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ListWebAuthnCredentials -----------------------------------------------

/// Generates a list of the currently signed-in user's registered passkey, or WebAuthn, credentials.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ListWebAuthnCredentials", output = ListWebAuthnCredentialsResponse, error = ListWebAuthnCredentialsError, auth = none)]
pub struct ListWebAuthnCredentials {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// This API operation returns a limited number of results. The pagination token is an identifier that you can present in an additional API request with the same parameters. When you include the pagination token, Amazon Cognito returns the next set of items after the current list. Subsequent requests return a new pagination token. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The maximum number of the user's passkey credentials that you want to return.
    pub max_results: Option<i32>,
}

/// The response to [`ListWebAuthnCredentials`].
#[awsop::aws_shape(output, eq)]
pub struct ListWebAuthnCredentialsResponse {
    /// A list of registered passkeys for a user.
    pub credentials: Vec<WebAuthnCredentialDescription>,
    /// The identifier that Amazon Cognito returned with the previous request to this operation. When you include a pagination token in your request, Amazon Cognito returns the next set of items in the list. By use of this token, you can paginate through the full list of items.
    pub next_token: Option<String>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ListWebAuthnCredentials`].
#[awsop::aws_error]
pub enum ListWebAuthnCredentialsError {
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- ResendConfirmationCode ------------------------------------------------

/// Resends the code that confirms a new account for a user who has signed up in your user pool. Amazon Cognito sends confirmation codes to the user attribute in the `AutoVerifiedAttributes` property of your user pool. When you prompt new users for the confirmation code, include a "Resend code" option that generates a call to this API operation.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "ResendConfirmationCode", output = ResendConfirmationCodeResponse, error = ResendConfirmationCodeError, auth = none)]
pub struct ResendConfirmationCode {
    /// The ID of the user pool app client where the user signed up.
    pub client_id: awsop::Sensitive<String>,
    /// A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. For more information about `SecretHash`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    pub secret_hash: Option<awsop::Sensitive<String>>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`ResendConfirmationCode`].
///
/// The response from the server when Amazon Cognito makes the request to resend a confirmation code.
#[awsop::aws_shape(output, eq)]
pub struct ResendConfirmationCodeResponse {
    /// Information about the phone number or email address that Amazon Cognito sent the confirmation code to.
    pub code_delivery_details: Option<CodeDeliveryDetailsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`ResendConfirmationCode`].
#[awsop::aws_error]
pub enum ResendConfirmationCodeError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RespondToAuthChallenge ------------------------------------------------

/// Some API operations in a user pool generate a challenge, like a prompt for an MFA code, for device authentication that bypasses MFA, or for a custom authentication challenge. A `RespondToAuthChallenge` API request provides the answer to that challenge, like a code or a secure remote password (SRP). The parameters of a response to an authentication challenge vary with the type of challenge.
///
/// For more information about custom authentication challenges, see [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "RespondToAuthChallenge", output = RespondToAuthChallengeResponse, error = RespondToAuthChallengeError, auth = none)]
pub struct RespondToAuthChallenge {
    /// The ID of the app client where the user is signing in.
    pub client_id: awsop::Sensitive<String>,
    /// The name of the challenge that you are responding to.
    ///
    /// **Note:** You can't respond to an `ADMIN_NO_SRP_AUTH` challenge with this operation.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: ChallengeNameType,
    /// The session identifier that maintains the state of authentication requests and challenge responses. If an `AdminInitiateAuth` or `AdminRespondToAuthChallenge` API request results in a determination that your application must pass another challenge, Amazon Cognito returns a session with other challenge parameters. Send this session identifier, unmodified, to the next `AdminRespondToAuthChallenge` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// The responses to the challenge that you received in the previous request. Each challenge has its own required response parameters. The following examples are partial JSON request bodies that highlight challenge-response parameters.
    ///
    /// **Important:** You must provide a SECRET\_HASH parameter in all challenge responses to an app client that has a client secret. Include a `DEVICE_KEY` for device authentication.
    ///
    /// **SELECT\_CHALLENGE**
    ///
    /// `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME": "[username]", "ANSWER": "[Challenge name]"}`
    ///
    /// Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN`.
    ///
    /// Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`, `PASSWORD_SRP`, and `WEB_AUTHN`:
    ///
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "WEB_AUTHN", "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`
    ///
    ///   See [AuthenticationResponseJSON](https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD", "USERNAME": "[username]", "PASSWORD": "[password]"}`
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`
    ///
    /// For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your user pool will send a code for the user to submit in the next challenge response.
    ///
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "SMS_OTP", "USERNAME": "[username]"}`
    /// - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER": "EMAIL_OTP", "USERNAME": "[username]"}`
    ///
    /// **WEB\_AUTHN**
    ///
    /// `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME": "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`
    ///
    /// See [AuthenticationResponseJSON](https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
    ///
    /// **PASSWORD**
    ///
    /// `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME": "[username]", "PASSWORD": "[password]"}`
    ///
    /// **PASSWORD\_SRP**
    ///
    /// `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`
    ///
    /// **SMS\_OTP**
    ///
    /// `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **EMAIL\_OTP**
    ///
    /// `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **SMS\_MFA**
    ///
    /// `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE": "[code]", "USERNAME": "[username]"}`
    ///
    /// **PASSWORD\_VERIFIER**
    ///
    /// This challenge response is part of the SRP flow. Amazon Cognito requires that your application respond to this challenge within a few seconds. When the response time exceeds this period, your user pool returns a `NotAuthorizedException` error.
    ///
    /// `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`
    ///
    /// **CUSTOM\_CHALLENGE**
    ///
    /// `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME": "[username]", "ANSWER": "[challenge_answer]"}`
    ///
    /// **NEW\_PASSWORD\_REQUIRED**
    ///
    /// `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses": {"NEW_PASSWORD": "[new_password]", "USERNAME": "[username]"}`
    ///
    /// To set any required attributes that `InitiateAuth` returned in an `requiredAttributes` parameter, add `"userAttributes.[attribute_name]": "[attribute_value]"`. This parameter can also set values for writable attributes that aren't required by your user pool.
    ///
    /// **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    ///
    /// **SOFTWARE\_TOKEN\_MFA**
    ///
    /// `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME": "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`
    ///
    /// **DEVICE\_SRP\_AUTH**
    ///
    /// `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME": "[username]", "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`
    ///
    /// **DEVICE\_PASSWORD\_VERIFIER**
    ///
    /// `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses": {"DEVICE_KEY": "[device_key]", "PASSWORD_CLAIM_SIGNATURE": "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`
    ///
    /// **MFA\_SETUP**
    ///
    /// `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME": "[username]"}, "SESSION": "[Session ID from VerifySoftwareToken]"`
    ///
    /// **SELECT\_MFA\_TYPE**
    ///
    /// `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME": "[username]", "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`
    ///
    /// For more information about `SECRET_HASH`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash). For information about `DEVICE_KEY`, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    #[aws(sensitive)]
    pub challenge_responses: Option<std::collections::HashMap<String, String>>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`RespondToAuthChallenge`].
///
/// The response to respond to the authentication challenge.
#[awsop::aws_shape(output, eq)]
pub struct RespondToAuthChallengeResponse {
    /// The name of the next challenge that you must respond to.
    ///
    /// Possible challenges include the following:
    ///
    /// **Note:** All of the following challenges require `USERNAME` and, when the app client has a client secret, `SECRET_HASH` in the parameters. Include a `DEVICE_KEY` for device authentication.
    ///
    /// - `WEB_AUTHN`: Respond to the challenge with the results of a successful authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`. Examples of WebAuthn authenticators include biometric devices and security keys.
    /// - `PASSWORD`: Respond with the user's password as `PASSWORD`.
    /// - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
    /// - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must be one of the challenge types in the `AvailableChallenges` response parameter. Add the parameters of the selected challenge, for example `USERNAME` and `SMS_OTP`.
    /// - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS message, as `SMS_MFA_CODE`
    /// - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email message, as `EMAIL_MFA_CODE`
    /// - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email message, as `EMAIL_OTP_CODE` .
    /// - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS message, as `SMS_OTP_CODE`.
    /// - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
    /// - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow determines that the user should pass another challenge before tokens are issued. The parameters of the challenge are determined by your Lambda function and issued in the `ChallengeParameters` of a challenge response.
    /// - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP authentication. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP calculations. For more information, see [Signing in with a device](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
    /// - `NEW_PASSWORD_REQUIRED`: For users who are required to change their passwords after successful first login. Respond to this challenge with `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in the `requiredAttributes` parameter. You can also set values for attributes that aren't required by your user pool and that your app client can write.
    ///
    ///   Amazon Cognito only returns this challenge for users who have temporary passwords. When you create passwordless users, you must provide values for all required attributes.
    ///
    ///   **Note:** In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a required attribute that already has a value. In `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for any keys that Amazon Cognito returned in the `requiredAttributes` parameter, then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API operation to modify the value of any additional attributes.
    /// - `MFA_SETUP`: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters `MFAS_CAN_SETUP` value.
    ///
    ///   To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to `AssociateSoftwareToken`. Then, use the session returned by `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete sign-in.
    ///
    ///   To set up SMS or email MFA, collect a `phone_number` or `email` attribute for the user. Then restart the authentication flow with an `InitiateAuth` or `AdminInitiateAuth` request.
    pub challenge_name: Option<ChallengeNameType>,
    /// The session identifier that maintains the state of authentication requests and challenge responses. If an `InitiateAuth` or `RespondToAuthChallenge` API request results in a determination that your application must pass another challenge, Amazon Cognito returns a session with other challenge parameters. Send this session identifier, unmodified, to the next `RespondToAuthChallenge` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// The parameters that define your response to the next challenge.
    pub challenge_parameters: Option<std::collections::HashMap<String, String>>,
    /// The outcome of a successful authentication process. After your application has passed all challenges, Amazon Cognito returns an `AuthenticationResult` with the JSON web tokens (JWTs) that indicate successful sign-in.
    pub authentication_result: Option<AuthenticationResultType>,
    /// This response parameter lists the available authentication challenges that users can select from in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice). For example, they might be able to choose between passkey authentication, a one-time password from an SMS message, and a traditional password.
    pub available_challenges: Option<Vec<ChallengeNameType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RespondToAuthChallenge`].
#[awsop::aws_error]
pub enum RespondToAuthChallengeError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`PasswordHistoryPolicyViolationException`]: the service returned `PasswordHistoryPolicyViolationException`.
    PasswordHistoryPolicyViolationException(PasswordHistoryPolicyViolationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`MfaMethodNotFoundException`]: the service returned `MFAMethodNotFoundException`.
    #[aws(code = "MFAMethodNotFoundException")]
    MfaMethodNotFoundException(MfaMethodNotFoundException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`SoftwareTokenMfaNotFoundException`]: the service returned `SoftwareTokenMFANotFoundException`.
    #[aws(code = "SoftwareTokenMFANotFoundException")]
    SoftwareTokenMfaNotFoundException(SoftwareTokenMfaNotFoundException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RevokeToken -----------------------------------------------------------

/// Revokes all of the access tokens generated by, and at the same time as, the specified refresh token. After a token is revoked, you can't use the revoked token to access Amazon Cognito user APIs, or to authorize access to your resource server.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "RevokeToken", output = RevokeTokenResponse, error = RevokeTokenError, auth = none)]
pub struct RevokeToken {
    /// The refresh token that you want to revoke.
    pub token: awsop::Sensitive<String>,
    /// The ID of the app client where the token that you want to revoke was issued.
    pub client_id: awsop::Sensitive<String>,
    /// The client secret of the requested app client, if the client has a secret.
    pub client_secret: Option<awsop::Sensitive<String>>,
    /// Specifies whether to also revoke the SSO session that is linked to the token session being revoked. `NONE`, the default, revokes only the token session that is associated with the refresh token. `LINKED` also revokes the parent SSO session that the token session came through; the other token sessions that came through that SSO session aren't revoked. `LINKED` has no effect when session tracking is disabled or when the token session has no parent SSO session.
    pub revoke_associated_sessions: Option<RevokeAssociatedSessionsType>,
}

/// The response to [`RevokeToken`].
#[awsop::aws_shape(output, eq)]
pub struct RevokeTokenResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RevokeToken`].
#[awsop::aws_error]
pub enum RevokeTokenError {
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`UnauthorizedException`]: the service returned `UnauthorizedException`.
    UnauthorizedException(UnauthorizedException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnsupportedOperationException`]: the service returned `UnsupportedOperationException`.
    UnsupportedOperationException(UnsupportedOperationException),
    /// [`UnsupportedTokenTypeException`]: the service returned `UnsupportedTokenTypeException`.
    UnsupportedTokenTypeException(UnsupportedTokenTypeException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- RevokeUserSession -----------------------------------------------------

/// Revokes a specific session for the currently signed-in user. Amazon Cognito authorizes this operation with the user's access token, revokes all refresh and access tokens that are associated with the session, and deletes the session record. You can't revoke the session that the calling access token belongs to.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "RevokeUserSession", output = RevokeUserSessionResponse, error = RevokeUserSessionError, auth = none)]
pub struct RevokeUserSession {
    /// A valid access token that Amazon Cognito issued to the user. Amazon Cognito uses this token to authorize the request and to identify the user.
    pub access_token: awsop::Sensitive<String>,
    /// The ID of the session to revoke. This is a 28-character string of lowercase letters and digits, prefixed with `tkn` for a token session or `sso` for an SSO session. This value can't identify the caller's own current session.
    pub session_id: String,
    /// Specifies whether to also revoke the sessions that are linked to the targeted session. `NONE`, the default, revokes only the targeted session. `LINKED` also revokes the directly linked session or sessions, interpreted relative to the type of the targeted session: revoking a token session also revokes the parent SSO session it came through, and revoking an SSO session also revokes the token sessions that came through it. The set of linked sessions is eventually consistent, so associated sessions are typically revoked within a few seconds.
    pub revoke_associated_sessions: Option<RevokeAssociatedSessionsType>,
}

/// The response to [`RevokeUserSession`].
#[awsop::aws_shape(output, eq)]
pub struct RevokeUserSessionResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`RevokeUserSession`].
#[awsop::aws_error]
pub enum RevokeUserSessionError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetLogDeliveryConfiguration -------------------------------------------

/// Sets up or modifies the logging configuration of a user pool. User pools can export user notification logs and, when threat protection is active, user-activity logs. For more information, see [Exporting user pool logs](https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetLogDeliveryConfiguration", output = SetLogDeliveryConfigurationResponse, error = SetLogDeliveryConfigurationError)]
pub struct SetLogDeliveryConfiguration {
    /// The ID of the user pool where you want to configure logging.
    pub user_pool_id: String,
    /// A collection of the logging configurations for a user pool.
    pub log_configurations: Vec<LogConfigurationType>,
}

/// The response to [`SetLogDeliveryConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct SetLogDeliveryConfigurationResponse {
    /// The logging configuration that you applied to the requested user pool.
    pub log_delivery_configuration: Option<LogDeliveryConfigurationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetLogDeliveryConfiguration`].
#[awsop::aws_error]
pub enum SetLogDeliveryConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetRiskConfiguration --------------------------------------------------

/// Configures threat protection for a user pool or app client. Sets configuration for the following.
///
/// - Responses to risks with adaptive authentication
/// - Responses to vulnerable passwords with compromised-credentials detection
/// - Notifications to users who have had risky activity detected
/// - IP-address denylist and allowlist
///
/// To set the risk configuration for the user pool to defaults, send this request with only the `UserPoolId` parameter. To reset the threat protection settings of an app client to be inherited from the user pool, send `UserPoolId` and `ClientId` parameters only. To change threat protection to audit-only or off, update the value of `UserPoolAddOns` in an `UpdateUserPool` request. To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
///
/// In secondary regions for user pools with multi-region replication, only the `SourceARN` and `From` attributes of `NotifyConfiguration` can be modified to configure region-specific SES integration. All other risk configuration settings must match the existing values to maintain consistency across replicas.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetRiskConfiguration", output = SetRiskConfigurationResponse, error = SetRiskConfigurationError)]
pub struct SetRiskConfiguration {
    /// The ID of the user pool where you want to set a risk configuration. If you include `UserPoolId` in your request, don't include `ClientId`. When the client ID is null, the same risk configuration is applied to all the clients in the userPool. When you include both `ClientId` and `UserPoolId`, Amazon Cognito maps the configuration to the app client only.
    pub user_pool_id: String,
    /// The ID of the app client where you want to set a risk configuration. If `ClientId` is null, then the risk configuration is mapped to `UserPoolId`. When the client ID is null, the same risk configuration is applied to all the clients in the userPool.
    ///
    /// When you include a `ClientId` parameter, Amazon Cognito maps the configuration to the app client. When you include both `ClientId` and `UserPoolId`, Amazon Cognito maps the configuration to the app client only.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The configuration of automated reactions to detected compromised credentials. Includes settings for blocking future sign-in requests and for the types of password-submission events you want to monitor.
    pub compromised_credentials_risk_configuration:
        Option<CompromisedCredentialsRiskConfigurationType>,
    /// The settings for automated responses and notification templates for adaptive authentication with threat protection.
    pub account_takeover_risk_configuration: Option<AccountTakeoverRiskConfigurationType>,
    /// A set of IP-address overrides to threat protection. You can set up IP-address always-block and always-allow lists.
    pub risk_exception_configuration: Option<RiskExceptionConfigurationType>,
}

/// The response to [`SetRiskConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct SetRiskConfigurationResponse {
    /// The API response that contains the risk configuration that you set and the timestamp of the most recent change.
    pub risk_configuration: RiskConfigurationType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetRiskConfiguration`].
#[awsop::aws_error]
pub enum SetRiskConfigurationError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserPoolAddOnNotEnabledException`]: the service returned `UserPoolAddOnNotEnabledException`.
    UserPoolAddOnNotEnabledException(UserPoolAddOnNotEnabledException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUICustomization ----------------------------------------------------

/// Configures UI branding settings for domains with the hosted UI (classic) branding version. Your user pool must have a domain. Configure a domain with .
///
/// Set the default configuration for all clients with a `ClientId` of `ALL`. When the `ClientId` value is an app client ID, the settings you pass in this request apply to that app client and override the default `ALL` configuration.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUICustomization", output = SetUiCustomizationResponse, error = SetUiCustomizationError)]
pub struct SetUiCustomization {
    /// The ID of the user pool where you want to apply branding to the classic hosted UI.
    pub user_pool_id: String,
    /// The ID of the app client that you want to customize. To apply a default style to all app clients not configured with client-level branding, set this parameter value to `ALL`.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// A plaintext CSS file that contains the custom fields that you want to apply to your user pool or app client. To download a template, go to the Amazon Cognito console. Navigate to your user pool *App clients* tab, select *Login pages*, edit *Hosted UI (classic) style*, and select the link to `CSS template.css`.
    #[aws(rename = "CSS")]
    pub css: Option<String>,
    /// The image that you want to set as your login in the classic hosted UI, as a Base64-formatted binary object.
    pub image_file: Option<awsop::wire::Blob>,
}

/// The response to [`SetUiCustomization`].
#[awsop::aws_shape(output, eq)]
pub struct SetUiCustomizationResponse {
    /// Information about the hosted UI branding that you applied.
    #[aws(rename = "UICustomization")]
    pub ui_customization: UiCustomizationType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUiCustomization`].
#[awsop::aws_error]
pub enum SetUiCustomizationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUserMFAPreference --------------------------------------------------

/// Set the user's multi-factor authentication (MFA) method preference, including which MFA factors are activated and if any are preferred. Only one factor can be set as preferred. The preferred MFA factor will be used to authenticate a user if multiple factors are activated. If multiple options are activated and no preference is set, a challenge to choose an MFA option will be returned during sign-in. If an MFA type is activated for a user, the user will be prompted for MFA during all sign-in attempts unless device tracking is turned on and the device has been trusted. If you want MFA to be applied selectively based on the assessed risk level of sign-in attempts, deactivate MFA for users and turn on Adaptive Authentication for the user pool.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUserMFAPreference", output = SetUserMfaPreferenceResponse, error = SetUserMfaPreferenceError, auth = none)]
pub struct SetUserMfaPreference {
    /// User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the preferred MFA method when multiple methods are available.
    #[aws(rename = "SMSMfaSettings")]
    pub sms_mfa_settings: Option<SmsMfaSettingsType>,
    /// User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates TOTP MFA and sets it as the preferred MFA method when multiple methods are available. Users must register a TOTP authenticator before they set this as their preferred MFA method.
    pub software_token_mfa_settings: Option<SoftwareTokenMfaSettingsType>,
    /// User preferences for email message MFA. Activates or deactivates email MFA and sets it as the preferred MFA method when multiple methods are available. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub email_mfa_settings: Option<EmailMfaSettingsType>,
    /// User preferences for passkey MFA. Activates or deactivates passkey MFA for the user. When activated, passkey authentication requires user verification, and passkey sign-in is available when MFA is required. To activate this setting, the `FactorConfiguration` of your user pool `WebAuthnConfiguration` must be `MULTI_FACTOR_WITH_USER_VERIFICATION`. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub web_authn_mfa_settings: Option<WebAuthnMfaSettingsType>,
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`SetUserMfaPreference`].
#[awsop::aws_shape(output, eq)]
pub struct SetUserMfaPreferenceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserMfaPreference`].
#[awsop::aws_error]
pub enum SetUserMfaPreferenceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUserPoolClientSessionConfiguration ---------------------------------

/// Sets the session configuration for a user pool app client. The configurable client-level setting is the maximum validity period for silent reuse of an SSO session. This operation performs a full replacement of the client-level session configuration; every request parameter is required, and session tracking must be enabled for the user pool. The user pool must be in the Essentials or Plus tier. Otherwise, this operation returns a `FeatureUnavailableInTierException`.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUserPoolClientSessionConfiguration", output = SetUserPoolClientSessionConfigurationResponse, error = SetUserPoolClientSessionConfigurationError)]
pub struct SetUserPoolClientSessionConfiguration {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: String,
    /// The ID of the app client that you want to configure.
    pub client_id: awsop::Sensitive<String>,
    /// The SSO session settings for the app client.
    #[aws(rename = "SSOSession")]
    pub sso_session: ClientSsoSessionConfigType,
}

/// The response to [`SetUserPoolClientSessionConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct SetUserPoolClientSessionConfigurationResponse {
    /// The ID of the user pool that contains the app client.
    pub user_pool_id: Option<String>,
    /// The ID of the app client that the session configuration was applied to.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The SSO session settings that were applied to the app client.
    #[aws(rename = "SSOSession")]
    pub sso_session: Option<ClientSsoSessionConfigType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserPoolClientSessionConfiguration`].
#[awsop::aws_error]
pub enum SetUserPoolClientSessionConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUserPoolMfaConfig --------------------------------------------------

/// Sets user pool multi-factor authentication (MFA) and passkey configuration. For more information about user pool MFA, see [Adding MFA](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html). For more information about WebAuthn passkeys see [Authentication flows](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUserPoolMfaConfig", output = SetUserPoolMfaConfigResponse, error = SetUserPoolMfaConfigError)]
pub struct SetUserPoolMfaConfig {
    /// The user pool ID.
    pub user_pool_id: String,
    /// Configures user pool SMS messages for MFA. Sets the message template and the SMS message sending configuration for Amazon SNS.
    pub sms_mfa_configuration: Option<SmsMfaConfigType>,
    /// Configures a user pool for time-based one-time password (TOTP) MFA. Enables or disables TOTP.
    pub software_token_mfa_configuration: Option<SoftwareTokenMfaConfigType>,
    /// Sets configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). Includes the subject and body of the email message template for sign-in and MFA messages. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub email_mfa_configuration: Option<EmailMfaConfigType>,
    /// Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination of whether a user wants to register an MFA device. For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.
    ///
    /// When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// The configuration of your user pool for passkey, or WebAuthn, authentication and registration. Includes relying-party configuration, user-verification requirements, and whether passkeys can satisfy MFA requirements.
    pub web_authn_configuration: Option<WebAuthnConfigurationType>,
}

/// The response to [`SetUserPoolMfaConfig`].
#[awsop::aws_shape(output, eq)]
pub struct SetUserPoolMfaConfigResponse {
    /// Shows user pool SMS message configuration for MFA and sign-in with SMS-message OTPs. Includes the message template and the SMS message sending configuration for Amazon SNS.
    pub sms_mfa_configuration: Option<SmsMfaConfigType>,
    /// Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP enabled or disabled state.
    pub software_token_mfa_configuration: Option<SoftwareTokenMfaConfigType>,
    /// Shows configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). Includes the subject and body of the email message template for sign-in and MFA messages. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub email_mfa_configuration: Option<EmailMfaConfigType>,
    /// Displays multi-factor authentication (MFA) as on, off, or optional. When `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination of whether a user wants to register an MFA device. For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.
    ///
    /// When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// The configuration of your user pool for passkey, or WebAuthn, sign-in with authenticators such as biometric and security-key devices. Includes relying-party configuration and settings for user-verification requirements.
    pub web_authn_configuration: Option<WebAuthnConfigurationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserPoolMfaConfig`].
#[awsop::aws_error]
pub enum SetUserPoolMfaConfigError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUserPoolSessionConfiguration ---------------------------------------

/// Enables or disables session tracking for a user pool, and sets the pool-wide maximum number of active token sessions that each user can have. This operation performs a full replacement of the pool-level session configuration; every request parameter is required. The user pool must be in the Essentials or Plus tier. Otherwise, this operation returns a `FeatureUnavailableInTierException`.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUserPoolSessionConfiguration", output = SetUserPoolSessionConfigurationResponse, error = SetUserPoolSessionConfigurationError)]
pub struct SetUserPoolSessionConfiguration {
    /// The ID of the user pool where you want to configure session tracking.
    pub user_pool_id: String,
    /// Specifies whether Amazon Cognito tracks sessions for users in the user pool. Set this value to `ENABLED` to turn on server-side session tracking, or `DISABLED` to turn it off. When you set this value to `DISABLED` while the user pool remains active, existing client-level session configurations are retained but dormant, and are reactivated when you enable tracking again.
    pub user_session_tracking: UserSessionTrackingType,
    /// The pool-wide token session settings to apply.
    pub token_session: UserPoolTokenSessionConfigType,
}

/// The response to [`SetUserPoolSessionConfiguration`].
#[awsop::aws_shape(output, eq)]
pub struct SetUserPoolSessionConfigurationResponse {
    /// The ID of the user pool that the session configuration was applied to.
    pub user_pool_id: Option<String>,
    /// The session tracking setting that was applied to the user pool.
    pub user_session_tracking: Option<UserSessionTrackingType>,
    /// The pool-wide token session settings that were applied.
    pub token_session: Option<UserPoolTokenSessionConfigType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserPoolSessionConfiguration`].
#[awsop::aws_error]
pub enum SetUserPoolSessionConfigurationError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SetUserSettings -------------------------------------------------------

/// *This action is no longer supported.* You can use it to configure only SMS MFA. You can't use it to configure time-based one-time password (TOTP) software token or email MFA.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SetUserSettings", output = SetUserSettingsResponse, error = SetUserSettingsError, auth = none)]
pub struct SetUserSettings {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// You can use this parameter only to set an SMS configuration that uses SMS for delivery.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Vec<MfaOptionType>,
}

/// The response to [`SetUserSettings`].
///
/// The response from the server for a set user settings request.
#[awsop::aws_shape(output, eq)]
pub struct SetUserSettingsResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SetUserSettings`].
#[awsop::aws_error]
pub enum SetUserSettingsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- SignUp ----------------------------------------------------------------

/// Registers a user with an app client and requests a user name, password, and user attributes in the user pool.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// You might receive a `LimitExceeded` exception in response to this request if you have exceeded a rate quota for email or SMS messages, and if your user pool automatically verifies email addresses or phone numbers. When you get this exception in the response, the user is successfully created and is in an `UNCONFIRMED` state.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "SignUp", output = SignUpResponse, error = SignUpError, auth = none)]
pub struct SignUp {
    /// The ID of the app client where the user wants to sign up.
    pub client_id: awsop::Sensitive<String>,
    /// A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. For more information about `SecretHash`, see [Computing secret hash values](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
    pub secret_hash: Option<awsop::Sensitive<String>>,
    /// The username of the user that you want to sign up. The value of this parameter is typically a username, but can be any alias attribute in your user pool.
    pub username: awsop::Sensitive<String>,
    /// The user's proposed password. The password must comply with the [password requirements](https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html) of your user pool.
    ///
    /// Users can sign up without a password when your user pool supports passwordless sign-in with email or SMS OTPs. To create a user with no password, omit this parameter or submit a blank value. You can only create a passwordless user when passwordless sign-in is available.
    pub password: Option<awsop::Sensitive<String>>,
    /// An array of name-value pairs representing user attributes.
    ///
    /// For custom attributes, include a `custom:` prefix in the attribute name, for example `custom:department`.
    pub user_attributes: Option<Vec<AttributeType>>,
    /// Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. This set of key-value pairs are for custom validation of information that you collect from your users but don't need to retain.
    ///
    /// Your Lambda function can analyze this additional data and act on it. Your function can automatically confirm and verify select users or perform external API operations like logging user attributes and validation data to Amazon CloudWatch Logs.
    ///
    /// For more information about the pre sign-up Lambda trigger, see [Pre sign-up Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
    pub validation_data: Option<Vec<AttributeType>>,
    /// Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint push notifications, for example a device identifier, email address, or phone number.
    pub analytics_metadata: Option<AnalyticsMetadataType>,
    /// Contextual data about your user session like the device fingerprint, IP address, or location. Amazon Cognito threat protection evaluates the risk of an authentication event based on the context that your app generates and passes to Amazon Cognito when it makes API requests.
    ///
    /// For more information, see [Collecting data for threat protection in applications](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
    pub user_context_data: Option<UserContextDataType>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`SignUp`].
///
/// The response from the server for a registration request.
#[awsop::aws_shape(output, eq)]
pub struct SignUpResponse {
    /// Indicates whether the user was automatically confirmed. You can auto-confirm users with a [pre sign-up Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
    pub user_confirmed: bool,
    /// In user pools that automatically verify and confirm new users, Amazon Cognito sends users a message with a code or link that confirms ownership of the phone number or email address that they entered. The `CodeDeliveryDetails` object is information about the delivery destination for that link or code.
    pub code_delivery_details: Option<CodeDeliveryDetailsType>,
    /// The unique identifier of the new user, for example `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`.
    pub user_sub: String,
    /// A session Id that you can pass to `ConfirmSignUp` when you want to immediately sign in your user with the `USER_AUTH` flow after they complete sign-up.
    pub session: Option<awsop::Sensitive<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`SignUp`].
#[awsop::aws_error]
pub enum SignUpError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidPasswordException`]: the service returned `InvalidPasswordException`.
    InvalidPasswordException(InvalidPasswordException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`UsernameExistsException`]: the service returned `UsernameExistsException`.
    UsernameExistsException(UsernameExistsException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- StartPointInTimeRecovery ----------------------------------------------

/// Applies a point-in-time recovery to a user pool. Before you start a recovery, review the recovery preview in the response to a request. You can start a recovery when its status is `PREVIEW_GENERATED`.
///
/// When you start a recovery, Amazon Cognito sets its status to `RESTORING` and restores user data in the user pool to its state at the recovery point. Write operations in the user pool remain paused until the recovery is complete. Sign-in and read operations continue to work. When the status of the recovery changes to `RESTORE_COMPLETED`, Amazon Cognito resumes write operations.
///
/// You can't cancel a recovery after you start it.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "StartPointInTimeRecovery", output = StartPointInTimeRecoveryResponse, error = StartPointInTimeRecoveryError)]
pub struct StartPointInTimeRecovery {
    /// The ID of the user pool that contains the recovery that you want to start.
    pub user_pool_id: String,
    /// The ID of the recovery that you want to start. Amazon Cognito returns this ID in the response to an `InitiatePointInTimeRecovery` request.
    pub restore_id: String,
}

/// The response to [`StartPointInTimeRecovery`].
#[awsop::aws_shape(output, eq)]
pub struct StartPointInTimeRecoveryResponse {
    /// The details of the recovery that you started, including its status.
    pub restoration: Option<RestorationType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`StartPointInTimeRecovery`].
#[awsop::aws_error]
pub enum StartPointInTimeRecoveryError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- StartUserImportJob ----------------------------------------------------

/// Instructs your user pool to start importing users from a CSV file that contains their usernames and attributes. For more information about importing users from a CSV file, see [Importing users from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "StartUserImportJob", output = StartUserImportJobResponse, error = StartUserImportJobError)]
pub struct StartUserImportJob {
    /// The ID of the user pool that you want to start importing users into.
    pub user_pool_id: String,
    /// The ID of a user import job that you previously created.
    pub job_id: String,
}

/// The response to [`StartUserImportJob`].
///
/// Represents the response from the server to the request to start the user import job.
#[awsop::aws_shape(output, eq)]
pub struct StartUserImportJobResponse {
    /// The details of the user import job. Includes logging destination, status, and the Amazon S3 pre-signed URL for CSV upload.
    pub user_import_job: Option<UserImportJobType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`StartUserImportJob`].
#[awsop::aws_error]
pub enum StartUserImportJobError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`PreconditionNotMetException`]: the service returned `PreconditionNotMetException`.
    PreconditionNotMetException(PreconditionNotMetException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- StartWebAuthnRegistration ---------------------------------------------

/// Requests credential creation options from your user pool for the currently signed-in user. Returns information about the user pool, the user profile, and authentication requirements. Users must provide this information in their request to enroll your application with their passkey provider.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "StartWebAuthnRegistration", output = StartWebAuthnRegistrationResponse, error = StartWebAuthnRegistrationError, auth = none)]
pub struct StartWebAuthnRegistration {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
}

/// The response to [`StartWebAuthnRegistration`].
#[awsop::aws_shape(output, eq)]
pub struct StartWebAuthnRegistrationResponse {
    /// The information that a user can provide in their request to register with their passkey provider.
    pub credential_creation_options: awsop::wire::Document,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`StartWebAuthnRegistration`].
#[awsop::aws_error]
pub enum StartWebAuthnRegistrationError {
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`WebAuthnNotEnabledException`]: the service returned `WebAuthnNotEnabledException`.
    WebAuthnNotEnabledException(WebAuthnNotEnabledException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`WebAuthnConfigurationMissingException`]: the service returned `WebAuthnConfigurationMissingException`.
    WebAuthnConfigurationMissingException(WebAuthnConfigurationMissingException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- StopUserImportJob -----------------------------------------------------

/// Instructs your user pool to stop a running job that's importing users from a CSV file that contains their usernames and attributes. For more information about importing users from a CSV file, see [Importing users from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "StopUserImportJob", output = StopUserImportJobResponse, error = StopUserImportJobError)]
pub struct StopUserImportJob {
    /// The ID of the user pool that you want to stop.
    pub user_pool_id: String,
    /// The ID of a running user import job.
    pub job_id: String,
}

/// The response to [`StopUserImportJob`].
///
/// Represents the response from the server to the request to stop the user import job.
#[awsop::aws_shape(output, eq)]
pub struct StopUserImportJobResponse {
    /// The details of the user import job. Includes logging destination, status, and the Amazon S3 pre-signed URL for CSV upload.
    pub user_import_job: Option<UserImportJobType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`StopUserImportJob`].
#[awsop::aws_error]
pub enum StopUserImportJobError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`PreconditionNotMetException`]: the service returned `PreconditionNotMetException`.
    PreconditionNotMetException(PreconditionNotMetException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- TagResource -----------------------------------------------------------

/// Assigns a set of tags to an Amazon Cognito user pool. A tag is a label that you can use to categorize and manage user pools in different ways, such as by purpose, owner, environment, or other criteria.
///
/// Each tag consists of a key and value, both of which you define. A key is a general category for more specific values. For example, if you have two versions of a user pool, one for testing and another for production, you might assign an `Environment` tag key to both user pools. The value of this key might be `Test` for one user pool, and `Production` for the other.
///
/// Tags are useful for cost tracking and access control. You can activate your tags so that they appear on the Billing and Cost Management console, where you can track the costs associated with your user pools. In an Identity and Access Management policy, you can constrain permissions for user pools based on specific tags or tag values.
///
/// You can use this action up to 5 times per second, per account. A user pool can have as many as 50 tags.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "TagResource", output = TagResourceResponse, error = TagResourceError)]
pub struct TagResource {
    /// The Amazon Resource Name (ARN) of the user pool to assign the tags to.
    pub resource_arn: String,
    /// An array of tag keys and values that you want to assign to the user pool.
    pub tags: std::collections::HashMap<String, String>,
}

/// The response to [`TagResource`].
#[awsop::aws_shape(output, eq)]
pub struct TagResourceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`TagResource`].
#[awsop::aws_error]
pub enum TagResourceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UntagResource ---------------------------------------------------------

/// Given tag IDs that you previously assigned to a user pool, removes them.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UntagResource", output = UntagResourceResponse, error = UntagResourceError)]
pub struct UntagResource {
    /// The Amazon Resource Name (ARN) of the user pool that the tags are assigned to.
    pub resource_arn: String,
    /// An array of tag keys that you want to remove from the user pool.
    pub tag_keys: Vec<String>,
}

/// The response to [`UntagResource`].
#[awsop::aws_shape(output, eq)]
pub struct UntagResourceResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UntagResource`].
#[awsop::aws_error]
pub enum UntagResourceError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateAuthEventFeedback -----------------------------------------------

/// Provides the feedback for an authentication event generated by threat protection features. The user's response indicates that you think that the event either was from a valid user or was an unwanted authentication attempt. This feedback improves the risk evaluation decision for the user pool as part of Amazon Cognito threat protection. To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
///
/// This operation requires a `FeedbackToken` that Amazon Cognito generates and adds to notification emails when users have potentially suspicious authentication events. Users invoke this operation when they select the link that corresponds to `{one-click-link-valid}` or `{one-click-link-invalid}` in your notification template. Because `FeedbackToken` is a required parameter, you can't make requests to `UpdateAuthEventFeedback` without the contents of the notification email message.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateAuthEventFeedback", output = UpdateAuthEventFeedbackResponse, error = UpdateAuthEventFeedbackError, auth = none)]
pub struct UpdateAuthEventFeedback {
    /// The ID of the user pool where you want to update auth event feedback.
    pub user_pool_id: String,
    /// The name of the user that you want to query or modify. The value of this parameter is typically your user's username, but it can be any of their alias attributes. If `username` isn't an alias attribute in your user pool, this value must be the `sub` of a local user or the username of a user from a third-party IdP.
    pub username: awsop::Sensitive<String>,
    /// The ID of the authentication event that you want to submit feedback for.
    pub event_id: String,
    /// The feedback token, an encrypted object generated by Amazon Cognito and passed to your user in the notification email message from the event.
    pub feedback_token: awsop::Sensitive<String>,
    /// Your feedback to the authentication event. When you provide a `FeedbackValue` value of `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon Cognito evaluated a high-enough risk level.
    pub feedback_value: FeedbackValueType,
}

/// The response to [`UpdateAuthEventFeedback`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateAuthEventFeedbackResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateAuthEventFeedback`].
#[awsop::aws_error]
pub enum UpdateAuthEventFeedbackError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserPoolAddOnNotEnabledException`]: the service returned `UserPoolAddOnNotEnabledException`.
    UserPoolAddOnNotEnabledException(UserPoolAddOnNotEnabledException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateCIMDPolicy ------------------------------------------------------

/// Updates the configuration of a Client ID Metadata Document (CIMD) policy.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateCIMDPolicy", output = UpdateCimdPolicyResponse, error = UpdateCimdPolicyError)]
pub struct UpdateCimdPolicy {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy that you want to update.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
    /// The ID of the app client that you want to associate with the CIMD policy.
    pub client_id: awsop::Sensitive<String>,
    /// A friendly name for the CIMD policy.
    pub policy_name: Option<String>,
    /// The length of time, in seconds, that Amazon Cognito caches a client metadata document that it retrieved from a URL that matches the policy. The value must be between 86,400 seconds (one day) and 31,556,952 seconds (one year).
    pub cache_duration: Option<i32>,
    /// One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata document URL only when it matches one of these patterns. Patterns can contain the `*` wildcard character.
    #[aws(rename = "URLPatterns")]
    pub url_patterns: Vec<String>,
}

/// The response to [`UpdateCimdPolicy`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateCimdPolicyResponse {
    /// The updated CIMD policy.
    #[aws(rename = "CIMDPolicy")]
    pub cimd_policy: CimdPolicyType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateCimdPolicy`].
#[awsop::aws_error]
pub enum UpdateCimdPolicyError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateClientMetadataURLState ------------------------------------------

/// Changes the cache state of a client metadata document URL for a client ID metadata document (CIMD) policy. Refresh a URL to make Amazon Cognito retrieve the client metadata document again, or invalidate it to remove the cached document.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateClientMetadataURLState", output = UpdateClientMetadataUrlStateResponse, error = UpdateClientMetadataUrlStateError)]
pub struct UpdateClientMetadataUrlState {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy that the URL belongs to.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
    /// The client metadata document URL whose cache state you want to change.
    #[aws(rename = "URL")]
    pub url: String,
    /// The action to take on the cached client metadata document. `REFRESH` retrieves the document from the URL again. `INVALIDATE` removes the cached document.
    pub action: CimdCacheActionType,
}

/// The response to [`UpdateClientMetadataUrlState`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateClientMetadataUrlStateResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateClientMetadataUrlState`].
#[awsop::aws_error]
pub enum UpdateClientMetadataUrlStateError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`CachedCimdurlDoesNotExistException`]: the service returned `CachedCIMDURLDoesNotExistException`.
    #[aws(code = "CachedCIMDURLDoesNotExistException")]
    CachedCimdurlDoesNotExistException(CachedCimdurlDoesNotExistException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateDeviceStatus ----------------------------------------------------

/// Updates the status of a the currently signed-in user's device so that it is marked as remembered or not remembered for the purpose of device authentication. Device authentication is a "remember me" mechanism that silently completes sign-in from trusted devices with a device key instead of a user-provided MFA code. This operation changes the status of a device without deleting it, so you can enable it again later. For more information about device authentication, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateDeviceStatus", output = UpdateDeviceStatusResponse, error = UpdateDeviceStatusError, auth = none)]
pub struct UpdateDeviceStatus {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The device key of the device you want to update, for example `us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`.
    pub device_key: String,
    /// To enable device authentication with the specified device, set to `remembered`.To disable, set to `not_remembered`.
    pub device_remembered_status: Option<DeviceRememberedStatusType>,
}

/// The response to [`UpdateDeviceStatus`].
///
/// The response to the request to update the device status.
#[awsop::aws_shape(output, eq)]
pub struct UpdateDeviceStatusResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateDeviceStatus`].
#[awsop::aws_error]
pub enum UpdateDeviceStatusError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateGroup -----------------------------------------------------------

/// Given the name of a user pool group, updates any of the properties for precedence, IAM role, or description. For more information about user pool groups, see [Adding groups to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateGroup", output = UpdateGroupResponse, error = UpdateGroupError)]
pub struct UpdateGroup {
    /// The name of the group that you want to update.
    pub group_name: String,
    /// The ID of the user pool that contains the group you want to update.
    pub user_pool_id: String,
    /// A new description of the existing group.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) of an IAM role that you want to associate with the group. The role assignment contributes to the `cognito:roles` and `cognito:preferred_role` claims in group members' tokens.
    pub role_arn: Option<String>,
    /// A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. Zero is the highest precedence value. Groups with lower `Precedence` values take precedence over groups with higher or null `Precedence` values. If a user belongs to two or more groups, it is the group with the lowest precedence value whose role ARN is given in the user's tokens for the `cognito:roles` and `cognito:preferred_role` claims.
    ///
    /// Two groups can have the same `Precedence` value. If this happens, neither group takes precedence over the other. If two groups with the same `Precedence` have the same role ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each group. If the two groups have different role ARNs, the `cognito:preferred_role` claim isn't set in users' tokens.
    ///
    /// The default `Precedence` value is null. The maximum `Precedence` value is `2^31-1`.
    pub precedence: Option<i32>,
}

/// The response to [`UpdateGroup`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateGroupResponse {
    /// Contains the updated details of the group, including precedence, IAM role, and description.
    pub group: Option<GroupType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateGroup`].
#[awsop::aws_error]
pub enum UpdateGroupError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateIdentityProvider ------------------------------------------------

/// Modifies the configuration and trust relationship between a third-party identity provider (IdP) and a user pool. Amazon Cognito accepts sign-in with third-party identity providers through managed login and OIDC relying-party libraries. For more information, see [Third-party IdP sign-in](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateIdentityProvider", output = UpdateIdentityProviderResponse, error = UpdateIdentityProviderError)]
pub struct UpdateIdentityProvider {
    /// The Id of the user pool where you want to update your IdP.
    pub user_pool_id: String,
    /// The name of the IdP that you want to update. You can pass the identity provider name in the `identity_provider` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to silently redirect to sign-in with the associated IdP.
    pub provider_name: String,
    /// The scopes, URLs, and identifiers for your external identity provider. The following examples describe the provider detail keys for each IdP type. These values and their schema are subject to change. Social IdP `authorize_scopes` values must match the values listed here.
    ///
    /// **OpenID Connect (OIDC)**
    ///
    /// Amazon Cognito accepts the following elements when it can't discover endpoint URLs from `oidc_issuer`: `attributes_url`, `authorize_url`, `jwks_uri`, `token_url`.
    ///
    /// Create or update request: `"ProviderDetails": { "attributes_request_method": "GET", "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid profile email", "authorize_url": "https://auth.example.com/authorize", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri": "https://auth.example.com/.well-known/jwks.json", "oidc_issuer": "https://auth.example.com", "token_url": "https://example.com/token" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_request_method": "GET", "attributes_url": "https://auth.example.com/userInfo", "attributes_url_add_attributes": "false", "authorize_scopes": "openid profile email", "authorize_url": "https://auth.example.com/authorize", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "jwks_uri": "https://auth.example.com/.well-known/jwks.json", "oidc_issuer": "https://auth.example.com", "token_url": "https://example.com/token" }`
    ///
    /// **SAML**
    ///
    /// Create or update request with Metadata URL: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL": "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256" }`
    ///
    /// Create or update request with Metadata file: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]", "RequestSigningAlgorithm": "rsa-sha256" }`
    ///
    /// The value of `MetadataFile` must be the plaintext metadata document with all quote (") characters escaped by backslashes.
    ///
    /// Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]", "MetadataURL": "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256", "SLORedirectBindingURI": "https://auth.example.com/slo/saml", "SSORedirectBindingURI": "https://auth.example.com/sso/saml" }`
    ///
    /// **LoginWithAmazon**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "profile postal_code", "client_id": "amzn1.application-oa2-client.1example23456789", "client_secret": "provider-app-client-secret"`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url": "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false", "authorize_scopes": "profile postal_code", "authorize_url": "https://www.amazon.com/ap/oa", "client_id": "amzn1.application-oa2-client.1example23456789", "client_secret": "provider-app-client-secret", "token_request_method": "POST", "token_url": "https://api.amazon.com/auth/o2/token" }`
    ///
    /// **Google**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "email profile openid", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url": "https://people.googleapis.com/v1/people/me?personFields=", "attributes_url_add_attributes": "true", "authorize_scopes": "email profile openid", "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth", "client_id": "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret", "oidc_issuer": "https://accounts.google.com", "token_request_method": "POST", "token_url": "https://www.googleapis.com/oauth2/v4/token" }`
    ///
    /// **SignInWithApple**
    ///
    /// Create or update request: `"ProviderDetails": { "authorize_scopes": "email name", "client_id": "com.example.cognito", "private_key": "1EXAMPLE", "key_id": "2EXAMPLE", "team_id": "3EXAMPLE" }`
    ///
    /// Describe response: `"ProviderDetails": { "attributes_url_add_attributes": "false", "authorize_scopes": "email name", "authorize_url": "https://appleid.apple.com/auth/authorize", "client_id": "com.example.cognito", "key_id": "1EXAMPLE", "oidc_issuer": "https://appleid.apple.com", "team_id": "2EXAMPLE", "token_request_method": "POST", "token_url": "https://appleid.apple.com/auth/token" }`
    ///
    /// **Facebook**
    ///
    /// Create or update request: `"ProviderDetails": { "api_version": "v17.0", "authorize_scopes": "public_profile, email", "client_id": "1example23456789", "client_secret": "provider-app-client-secret" }`
    ///
    /// Describe response: `"ProviderDetails": { "api_version": "v17.0", "attributes_url": "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes": "true", "authorize_scopes": "public_profile, email", "authorize_url": "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789", "client_secret": "provider-app-client-secret", "token_request_method": "GET", "token_url": "https://graph.facebook.com/v17.0/oauth/access_token" }`
    pub provider_details: Option<std::collections::HashMap<String, String>>,
    /// A mapping of IdP attributes to standard and custom user pool attributes. Specify a user pool attribute as the key of the key-value pair, and the IdP attribute claim name as the value.
    pub attribute_mapping: Option<std::collections::HashMap<String, String>>,
    /// An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]`. Identifiers are friendly names that you can pass in the `idp_identifier` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html) to silently redirect to sign-in with the associated IdP. Identifiers in a domain format also enable the use of [email-address matching with SAML providers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html).
    pub idp_identifiers: Option<Vec<String>>,
    /// A mapping between the authentication context class reference (ACR) levels of your user pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP). This mapping has the same behavior as it does when you create an identity provider. Only OIDC IdPs support ACR mapping.
    ///
    /// Setting `AcrMapping` is available in all feature plans. It isn't restricted to the Essentials or Plus feature plan.
    pub acr_mapping: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`UpdateIdentityProvider`].
#[awsop::aws_shape(output)]
pub struct UpdateIdentityProviderResponse {
    /// The identity provider details.
    pub identity_provider: IdentityProviderType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateIdentityProvider`].
#[awsop::aws_error]
pub enum UpdateIdentityProviderError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`UnsupportedIdentityProviderException`]: the service returned `UnsupportedIdentityProviderException`.
    UnsupportedIdentityProviderException(UnsupportedIdentityProviderException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateManagedLoginBranding --------------------------------------------

/// Configures the branding settings for a user pool style. This operation is the programmatic option for the configuration of a style in the branding editor.
///
/// Provides values for UI customization in a `Settings` JSON object and image files in an `Assets` array.
///
/// This operation has a 2-megabyte request-size limit and include the CSS settings and image assets for your app client. Your branding settings might exceed 2MB in size. Amazon Cognito doesn't require that you pass all parameters in one request and preserves existing style settings that you don't specify. If your request is larger than 2MB, separate it into multiple requests, each with a size smaller than the limit.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateManagedLoginBranding", output = UpdateManagedLoginBrandingResponse, error = UpdateManagedLoginBrandingError)]
pub struct UpdateManagedLoginBranding {
    /// The ID of the user pool that contains the managed login branding style that you want to update.
    pub user_pool_id: Option<String>,
    /// The ID of the managed login branding style that you want to update.
    pub managed_login_branding_id: Option<String>,
    /// When `true`, applies the default branding style options. This option reverts to default style options that are managed by Amazon Cognito. You can modify them later in the branding editor.
    ///
    /// When you specify `true` for this option, you must also omit values for `Settings` and `Assets` in the request.
    pub use_cognito_provided_values: Option<bool>,
    /// A JSON file, encoded as a `Document` type, with the the settings that you want to apply to your style.
    ///
    /// The following components are not currently implemented and reserved for future use:
    ///
    /// - `signUp`
    /// - `instructions`
    /// - `sessionTimerDisplay`
    /// - `languageSelector` (for localization, see [Managed login localization)](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)
    pub settings: Option<awsop::wire::Document>,
    /// An array of image files that you want to apply to roles like backgrounds, logos, and icons. Each object must also indicate whether it is for dark mode, light mode, or browser-adaptive mode.
    pub assets: Option<Vec<AssetType>>,
}

/// The response to [`UpdateManagedLoginBranding`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateManagedLoginBrandingResponse {
    /// The details of the branding style that you updated.
    pub managed_login_branding: Option<ManagedLoginBrandingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateManagedLoginBranding`].
#[awsop::aws_error]
pub enum UpdateManagedLoginBrandingError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateProvisionedLimit ------------------------------------------------

/// Sets the provisioned limit for a specific API category. The value must be between the default limit and your account-level maximum limit in Service Quotas.
///
/// Managed login user pools don't support adjustments to the `UserAuthentication` or `UserFederation` categories. To increase these limits, submit a Service Quotas increase request.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateProvisionedLimit", output = UpdateProvisionedLimitResponse, error = UpdateProvisionedLimitError)]
pub struct UpdateProvisionedLimit {
    /// The limit to update. Specify the limit class and the attributes that identify the limit.
    pub limit_definition: LimitDefinitionType,
    /// The provisioned rate to set, in requests per second (RPS).
    pub requested_limit_value: i32,
}

/// The response to [`UpdateProvisionedLimit`].
#[awsop::aws_shape(output)]
pub struct UpdateProvisionedLimitResponse {
    /// The updated provisioned and default limit values.
    pub limit: LimitType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateProvisionedLimit`].
#[awsop::aws_error]
pub enum UpdateProvisionedLimitError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`ServiceQuotaExceededException`]: the service returned `ServiceQuotaExceededException`.
    ServiceQuotaExceededException(ServiceQuotaExceededException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateResourceServer --------------------------------------------------

/// Updates the name and scopes of a resource server. All other fields are read-only. For more information about resource servers, see [Access control with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
///
/// **Important:** If you don't provide a value for an attribute, it is set to the default value.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateResourceServer", output = UpdateResourceServerResponse, error = UpdateResourceServerError)]
pub struct UpdateResourceServer {
    /// The ID of the user pool that contains the resource server that you want to update.
    pub user_pool_id: String,
    /// A unique resource server identifier for the resource server. The identifier can be an API friendly name like `solar-system-data`. You can also set an API URL like `https://solar-system-data-api.example.com` as your identifier.
    ///
    /// Amazon Cognito represents scopes in the access token in the format `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of your access tokens.
    pub identifier: String,
    /// The updated name of the resource server.
    pub name: String,
    /// An array of updated custom scope names and descriptions that you want to associate with your resource server.
    pub scopes: Option<Vec<ResourceServerScopeType>>,
}

/// The response to [`UpdateResourceServer`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateResourceServerResponse {
    /// The updated details of the requested resource server.
    pub resource_server: ResourceServerType,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateResourceServer`].
#[awsop::aws_error]
pub enum UpdateResourceServerError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateTerms -----------------------------------------------------------

/// Modifies existing terms documents for the requested app client. When Terms and conditions and Privacy policy documents are configured, the app client displays links to them in the sign-up page of managed login for the app client.
///
/// You can provide URLs for terms documents in the languages that are supported by [managed login localization](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization). Amazon Cognito directs users to the terms documents for their current language, with fallback to `default` if no document exists for the language.
///
/// Each request accepts one type of terms document and a map of language-to-link for that document type. You must provide both types of terms documents in at least one language before Amazon Cognito displays your terms documents. Supply each type in separate requests.
///
/// For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateTerms", output = UpdateTermsResponse, error = UpdateTermsError)]
pub struct UpdateTerms {
    /// The ID of the terms document that you want to update.
    pub terms_id: String,
    /// The ID of the user pool that contains the terms that you want to update.
    pub user_pool_id: String,
    /// The new name that you want to apply to the requested terms documents.
    pub terms_name: Option<String>,
    /// This parameter is reserved for future use and currently accepts only one value.
    pub terms_source: Option<TermsSourceType>,
    /// This parameter is reserved for future use and currently accepts only one value.
    pub enforcement: Option<TermsEnforcementType>,
    /// A map of URLs to languages. For each localized language that will view the requested `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages that don't have a language-specific URL.
    ///
    /// For example, `"cognito:default": "https://terms.example.com", "cognito:spanish": "https://terms.example.com/es"`.
    pub links: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`UpdateTerms`].
#[awsop::aws_shape(output)]
pub struct UpdateTermsResponse {
    /// A summary of the updates to your terms documents.
    pub terms: Option<TermsType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateTerms`].
#[awsop::aws_error]
pub enum UpdateTermsError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TermsExistsException`]: the service returned `TermsExistsException`.
    TermsExistsException(TermsExistsException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateUserAttributes --------------------------------------------------

/// Updates the currently signed-in user's attributes. To delete an attribute from the user, submit the attribute in your API request with a blank value.
///
/// For custom attributes, you must add a `custom:` prefix to the attribute name, for example `custom:department`.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateUserAttributes", output = UpdateUserAttributesResponse, error = UpdateUserAttributesError, auth = none)]
pub struct UpdateUserAttributes {
    /// An array of name-value pairs representing user attributes.
    ///
    /// For custom attributes, you must add a `custom:` prefix to the attribute name.
    ///
    /// If you have set an attribute to require verification before Amazon Cognito updates its value, this request doesn’t immediately update the value of that attribute. After your user receives and responds to a verification message to verify the new value, Amazon Cognito updates the attribute value. Your user can sign in and receive messages with the original attribute value until they verify the new value.
    pub user_attributes: Vec<AttributeType>,
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning Lambda functions to user pool triggers.
    ///
    /// When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a `clientMetadata` attribute that provides the data that you assigned to the ClientMetadata parameter in your request. In your function code, you can process the `clientMetadata` value to enhance your workflow for your specific needs.
    ///
    /// To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests, see [Connecting API actions to Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event) in the *Amazon Cognito Developer Guide*.
    ///
    /// **Note:** When you use the `ClientMetadata` parameter, note that Amazon Cognito won't do the following:
    ///
    /// - Store the `ClientMetadata` value. This data is available only to Lambda triggers that are assigned to a user pool to support custom workflows. If your user pool configuration doesn't include triggers, the `ClientMetadata` parameter serves no purpose.
    /// - Validate the `ClientMetadata` value.
    /// - Encrypt the `ClientMetadata` value. Don't send sensitive information in this parameter.
    pub client_metadata: Option<std::collections::HashMap<String, String>>,
}

/// The response to [`UpdateUserAttributes`].
///
/// Represents the response from the server for the request to update user attributes.
#[awsop::aws_shape(output, eq)]
pub struct UpdateUserAttributesResponse {
    /// When the attribute-update request includes an email address or phone number attribute, Amazon Cognito sends a message to users with a code that confirms ownership of the new value that they entered. The `CodeDeliveryDetails` object is information about the delivery destination for that link or code. This behavior happens in user pools configured to automatically verify changes to those attributes. For more information, see [Verifying when users change their email or phone number](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#verifying-when-users-change-their-email-or-phone-number).
    pub code_delivery_details_list: Option<Vec<CodeDeliveryDetailsType>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateUserAttributes`].
#[awsop::aws_error]
pub enum UpdateUserAttributesError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UnexpectedLambdaException`]: the service returned `UnexpectedLambdaException`.
    UnexpectedLambdaException(UnexpectedLambdaException),
    /// [`UserLambdaValidationException`]: the service returned `UserLambdaValidationException`.
    UserLambdaValidationException(UserLambdaValidationException),
    /// [`InvalidLambdaResponseException`]: the service returned `InvalidLambdaResponseException`.
    InvalidLambdaResponseException(InvalidLambdaResponseException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`CodeDeliveryFailureException`]: the service returned `CodeDeliveryFailureException`.
    CodeDeliveryFailureException(CodeDeliveryFailureException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateUserPool --------------------------------------------------------

/// Updates the configuration of a user pool. To avoid setting parameters to Amazon Cognito defaults, construct this API request to pass the existing configuration of your user pool, modified to include the changes that you want to make.
///
/// **Important:** If you don't provide a value for an attribute, Amazon Cognito sets it to its default value.
///
/// In secondary regions for user pools with multi-region replication, regional configurations for email, SMS, Lambda functions, and tags can be updated. Both global and regional settings must be provided as inputs, with global settings required to match existing values to maintain consistency across replicas.
///
/// **Note:** This action might generate an SMS text message. Starting June 1, 2021, US telecom carriers require you to register an origination phone number before you can send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito, you must register a phone number with [Amazon Pinpoint](https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered number automatically. Otherwise, Amazon Cognito users who must receive SMS messages might not be able to sign up, activate their accounts, or sign in.
///
/// If you have never used SMS text messages with Amazon Cognito or any other Amazon Web Services service, Amazon Simple Notification Service might place your account in the SMS sandbox. In *[sandbox mode](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html)* , you can send messages only to verified phone numbers. After you test your app while in the sandbox environment, you can move out of the sandbox and into production. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) in the *Amazon Cognito Developer Guide*.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateUserPool", output = UpdateUserPoolResponse, error = UpdateUserPoolError)]
pub struct UpdateUserPool {
    /// The ID of the user pool you want to update.
    pub user_pool_id: String,
    /// The password policy and sign-in policy in the user pool. The password policy sets options like password complexity requirements and password history. The sign-in policy sets the options available to applications in [choice-based authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
    pub policies: Option<UserPoolPolicyType>,
    /// When active, `DeletionProtection` prevents accidental deletion of your user pool. Before you can delete a user pool that you have protected against deletion, you must deactivate this feature.
    ///
    /// When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon Cognito returns an `InvalidParameterException` error. To delete a protected user pool, send a new `DeleteUserPool` request after you deactivate deletion protection in an `UpdateUserPool` API request.
    pub deletion_protection: Option<DeletionProtectionType>,
    /// A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of authentication operations. Triggers can modify the outcome of the operations that invoked them.
    pub lambda_config: Option<LambdaConfigType>,
    /// The attributes that you want your user pool to automatically verify. Possible values: **email**, **phone\_number**. For more information see [Verifying contact information at sign-up](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves).
    pub auto_verified_attributes: Option<Vec<VerifiedAttributeType>>,
    /// This parameter is no longer used.
    pub sms_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_subject: Option<String>,
    /// The template for the verification message that your user pool delivers to users who set an email address or phone number attribute.
    ///
    /// Set the email message type that corresponds to your `DefaultEmailOption` selection. For `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When you supply both parameters with either choice, Amazon Cognito returns an error.
    pub verification_message_template: Option<VerificationMessageTemplateType>,
    /// The contents of the SMS message that your user pool sends to users in SMS authentication.
    pub sms_authentication_message: Option<String>,
    /// The settings for updates to user attributes. These settings include the property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to handle changes to the value of your users' email address and phone number attributes. For more information, see [Verifying updates to email addresses and phone numbers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
    pub user_attribute_update_settings: Option<UserAttributeUpdateSettingsType>,
    /// Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination of whether a user wants to register an MFA device. For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.
    ///
    /// When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// The device-remembering configuration for a user pool. Device remembering or device tracking is a "Remember me on this device" option for user pools that perform authentication with the device key of a trusted device in the back end, instead of a user-provided MFA code. For more information about device authentication, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html). A null value indicates that you have deactivated device remembering in your user pool.
    ///
    /// **Note:** When you provide a value for any `DeviceConfiguration` field, you activate the Amazon Cognito device-remembering feature. For more information, see [Working with devices](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
    pub device_configuration: Option<DeviceConfigurationType>,
    /// The email configuration of your user pool. The email configuration type sets your preferred sending method, Amazon Web Services Region, and sender for email invitation and verification messages from your user pool.
    pub email_configuration: Option<EmailConfigurationType>,
    /// The SMS configuration with the settings for your Amazon Cognito user pool to send SMS message with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services account. For more information see [SMS message settings](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
    pub sms_configuration: Option<SmsConfigurationType>,
    /// The tag keys and values to assign to the user pool. A tag is a label that you can use to categorize and manage user pools in different ways, such as by purpose, owner, environment, or other criteria.
    pub user_pool_tags: Option<std::collections::HashMap<String, String>>,
    /// The configuration for administrative creation of users. Includes the template for the invitation message for new users, the duration of temporary passwords, and permitting self-service sign-up.
    pub admin_create_user_config: Option<AdminCreateUserConfigType>,
    /// Contains settings for activation of threat protection, including the operating mode and additional authentication types. To log user security information but take no action, set to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to your user pool, set to `ENFORCED`.
    ///
    /// For more information, see [Adding advanced security to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html). To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
    pub user_pool_add_ons: Option<UserPoolAddOnsType>,
    /// The dynamic client registration configuration for the user pool. With dynamic client registration, applications can register their own app clients at runtime through the registration endpoint of your user pool domain. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    ///
    /// If you omit this parameter, Amazon Cognito keeps the existing configuration. If you include it, Amazon Cognito replaces the existing configuration with the one that you provide. Members that you omit revert to their default values, and an omitted `EnableStatus` turns dynamic client registration on.
    ///
    /// To change the feature plan of the user pool to Lite, you must also set `EnableStatus` to `Disabled`.
    pub dcr_configuration: Option<DcrConfigurationType>,
    /// The available verified method a user can use to recover their password when they call `ForgotPassword`. You can use this setting to define a preferred method when a user has more than one method available. With this setting, SMS doesn't qualify for a valid password recovery mechanism if the user also has SMS multi-factor authentication (MFA) activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to determine the recovery method where SMS is preferred through email.
    pub account_recovery_setting: Option<AccountRecoverySettingType>,
    /// The updated name of your user pool.
    pub pool_name: Option<String>,
    /// The user pool [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html), or tier. This parameter determines the eligibility of the user pool for features like managed login, access-token customization, and threat protection. Defaults to `ESSENTIALS`.
    pub user_pool_tier: Option<UserPoolTierType>,
    /// The key configuration for the user pool. In secondary regions, this parameter must match the existing configuration and cannot be modified.
    pub key_configuration: Option<KeyConfigurationType>,
    /// The issuer configuration for the user pool. In secondary regions, this parameter must match the existing configuration and cannot be modified.
    pub issuer_configuration: Option<IssuerConfigurationType>,
    /// The custom names for the authentication context class reference (ACR) levels in your user pool. This configuration has the same behavior as it does when you create a user pool: you customize only the URI name that Amazon Cognito reports for each of the four fixed ACR levels, and any level that you don't specify keeps its default name. Each name must be unique across all four levels, including default names.
    ///
    /// Configuring custom ACR level names requires the Essentials or Plus feature plan. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub acr_configuration: Option<std::collections::HashMap<String, AcrLevelConfigType>>,
}

/// The response to [`UpdateUserPool`].
///
/// Represents the response from the server when you make a request to update the user pool.
#[awsop::aws_shape(output, eq)]
pub struct UpdateUserPoolResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateUserPool`].
#[awsop::aws_error]
pub enum UpdateUserPoolError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`UserImportInProgressException`]: the service returned `UserImportInProgressException`.
    UserImportInProgressException(UserImportInProgressException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`InvalidSmsRoleAccessPolicyException`]: the service returned `InvalidSmsRoleAccessPolicyException`.
    InvalidSmsRoleAccessPolicyException(InvalidSmsRoleAccessPolicyException),
    /// [`InvalidSmsRoleTrustRelationshipException`]: the service returned `InvalidSmsRoleTrustRelationshipException`.
    InvalidSmsRoleTrustRelationshipException(InvalidSmsRoleTrustRelationshipException),
    /// [`UserPoolTaggingException`]: the service returned `UserPoolTaggingException`.
    UserPoolTaggingException(UserPoolTaggingException),
    /// [`InvalidEmailRoleAccessPolicyException`]: the service returned `InvalidEmailRoleAccessPolicyException`.
    InvalidEmailRoleAccessPolicyException(InvalidEmailRoleAccessPolicyException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`TierChangeNotAllowedException`]: the service returned `TierChangeNotAllowedException`.
    TierChangeNotAllowedException(TierChangeNotAllowedException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateUserPoolClient --------------------------------------------------

/// Given a user pool app client ID, updates the configuration. To avoid setting parameters to Amazon Cognito defaults, construct this API request to pass the existing configuration of your app client, modified to include the changes that you want to make.
///
/// **Important:** If you don't provide a value for an attribute, Amazon Cognito sets it to its default value.
///
/// Unlike app clients created in the console, Amazon Cognito doesn't automatically assign a branding style to app clients that you configure with this API operation. Managed login and classic hosted UI pages aren't available for your client until after you apply a branding style.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateUserPoolClient", output = UpdateUserPoolClientResponse, error = UpdateUserPoolClientError)]
pub struct UpdateUserPoolClient {
    /// The ID of the user pool where you want to update the app client.
    pub user_pool_id: String,
    /// The ID of the app client that you want to update.
    pub client_id: awsop::Sensitive<String>,
    /// A friendly name for the app client.
    pub client_name: Option<String>,
    /// The refresh token time limit. After this limit expires, your user can't use their refresh token. To specify the time unit for `RefreshTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `RefreshTokenValidity` as `10` and `TokenValidityUnits` as `days`, your user can refresh their session and retrieve new access and ID tokens for 10 days.
    ///
    /// The default time unit for `RefreshTokenValidity` in an API request is days. You can't set `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides the value with the default value of 30 days. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your refresh tokens are valid for 30 days.
    pub refresh_token_validity: Option<i32>,
    /// The access token time limit. After this limit expires, your user can't use their access token. To specify the time unit for `AccessTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `AccessTokenValidity` to `10` and `TokenValidityUnits` to `hours`, your user can authorize access with their access token for 10 hours.
    ///
    /// The default time unit for `AccessTokenValidity` in an API request is hours. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour.
    pub access_token_validity: Option<i32>,
    /// The ID token time limit. After this limit expires, your user can't use their ID token. To specify the time unit for `IdTokenValidity` as `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API request.
    ///
    /// For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits` as `hours`, your user can authenticate their session with their ID token for 10 hours.
    ///
    /// The default time unit for `IdTokenValidity` in an API request is hours. *Valid range* is displayed below in seconds.
    ///
    /// If you don't specify otherwise in the configuration of your app client, your ID tokens are valid for one hour.
    pub id_token_validity: Option<i32>,
    /// The units that validity times are represented in. The default unit for refresh tokens is days, and the default for ID and access tokens are hours.
    pub token_validity_units: Option<TokenValidityUnitsType>,
    /// The list of user attributes that you want your app client to have read access to. After your user authenticates in your app, their access token authorizes them to read their own attribute value for any attribute in this list.
    ///
    /// When you don't specify the `ReadAttributes` for your app client, your app can read the values of `email_verified`, `phone_number_verified`, and the standard attributes of your user pool. When your user pool app client has read access to these default attributes, `ReadAttributes` doesn't return any information. Amazon Cognito only populates `ReadAttributes` in the API response if you have specified your own custom set of read attributes.
    pub read_attributes: Option<Vec<String>>,
    /// The list of user attributes that you want your app client to have write access to. After your user authenticates in your app, their access token authorizes them to set or modify their own attribute value for any attribute in this list.
    ///
    /// When you don't specify the `WriteAttributes` for your app client, your app can write the values of the Standard attributes of your user pool. When your user pool has write access to these default attributes, `WriteAttributes` doesn't return any information. Amazon Cognito only populates `WriteAttributes` in the API response if you have specified your own custom set of write attributes.
    ///
    /// If your app client allows users to sign in through an IdP, this array must include all attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped attributes when users sign in to your application through an IdP. If your app client does not have write access to a mapped attribute, Amazon Cognito throws an error when it tries to update the attribute. For more information, see [Specifying IdP Attribute Mappings for Your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
    pub write_attributes: Option<Vec<String>>,
    /// The [authentication flows](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html) that you want your user pool client to support. For each app client in your user pool, you can sign in your users with any combination of one or more flows, including with a user name and Secure Remote Password (SRP), a user name and password, or a custom authentication process that you define with Lambda functions.
    ///
    /// **Note:** If you don't specify a value for `ExplicitAuthFlows`, your app client supports `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and `ALLOW_CUSTOM_AUTH`.
    ///
    /// The values for authentication flow options include the following.
    ///
    /// - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This setting covers username-password, secure remote password (SRP), passwordless, and passkey authentication. This authentiation flow can do username-password and SRP authentication without other `ExplicitAuthFlows` permitting them. For example users can complete an SRP challenge through `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app client. This flow doesn't include `CUSTOM_AUTH`.
    ///
    ///   To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    /// - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password authentication flow `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the `ADMIN_NO_SRP_AUTH` setting. With this authentication flow, your app passes a user name and password to Amazon Cognito in the request, instead of using the Secure Remote Password (SRP) protocol to securely transmit the password.
    /// - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
    /// - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In this flow, Amazon Cognito receives the password in the request instead of using the SRP protocol to verify passwords.
    /// - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
    /// - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
    /// - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` – Use this flow to request `GetDerivedToken` token exchanges without an `ActorToken`. The issued token represents the subject user directly.
    /// - `ALLOW_TOKEN_EXCHANGE_DELEGATION` – Use this flow to request `GetDerivedToken` token exchanges that include an `ActorToken`. The issued token carries an `act` claim that identifies the intermediary acting on the behalf of the subject.
    ///
    /// In some environments, you will see the values `ADMIN_NO_SRP_AUTH`, `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these legacy `ExplicitAuthFlows` values to user pool clients at the same time as values that begin with `ALLOW_`, like `ALLOW_USER_SRP_AUTH`.
    pub explicit_auth_flows: Option<Vec<ExplicitAuthFlowsType>>,
    /// A list of provider names for the identity providers (IdPs) that are supported on this client. The following are supported: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`, and `LoginWithAmazon`. You can also specify the names that you configured for the SAML and OIDC IdPs in your user pool, for example `MySAMLIdP` or `MyOIDCIdP`.
    ///
    /// This parameter sets the IdPs that [managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html) will display on the login page for your app client. The removal of `COGNITO` from this list doesn't prevent authentication operations for local users with the user pools API in an Amazon Web Services SDK. The only way to prevent SDK-based authentication is to block access with a [WAF rule](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html).
    pub supported_identity_providers: Option<Vec<String>>,
    /// A list of allowed redirect, or callback, URLs for managed login authentication. These URLs are the paths where you want to send your users' browsers after they complete authentication with managed login or a third-party IdP. Typically, callback URLs are the home of an application that uses OAuth or OIDC libraries to process authentication outcomes.
    ///
    /// A redirect URI must meet the following requirements:
    ///
    /// - Be an absolute URI.
    /// - Be registered with the authorization server. Amazon Cognito doesn't accept authorization requests with `redirect_uri` values that aren't in the list of `CallbackURLs` that you provide in this parameter.
    /// - Not include a fragment component.
    ///
    /// See [OAuth 2.0 - Redirection Endpoint](https://tools.ietf.org/html/rfc6749#section-3.1.2).
    ///
    /// Amazon Cognito requires HTTPS over HTTP except for <http://localhost> for testing purposes only.
    ///
    /// App callback URLs such as `myapp://example` are also supported.
    #[aws(rename = "CallbackURLs")]
    pub callback_urls: Option<Vec<String>>,
    /// A list of allowed logout URLs for managed login authentication. When you pass `logout_uri` and `client_id` parameters to `/logout`, Amazon Cognito signs out your user and redirects them to the logout URL. This parameter describes the URLs that you want to be the permitted targets of `logout_uri`. A typical use of these URLs is when a user selects "Sign out" and you redirect them to your public homepage. For more information, see [Logout endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
    #[aws(rename = "LogoutURLs")]
    pub logout_urls: Option<Vec<String>>,
    /// The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in authentication requests. Must be in the `CallbackURLs` list.
    #[aws(rename = "DefaultRedirectURI")]
    pub default_redirect_uri: Option<String>,
    /// The OAuth grant types that you want your app client to generate. To create an app client that generates client credentials grants, you must add `client_credentials` as the only allowed OAuth flow.
    ///
    /// **code**
    ///
    /// Use a code grant flow, which provides an authorization code as the response. This code can be exchanged for access tokens with the `/oauth2/token` endpoint.
    ///
    /// **implicit**
    ///
    /// Issue the access token (and, optionally, ID token, based on scopes) directly to your user.
    ///
    /// **client\_credentials**
    ///
    /// Issue the access token from the `/oauth2/token` endpoint directly to a non-person user using a combination of the client ID and client secret.
    pub allowed_o_auth_flows: Option<Vec<OAuthFlowType>>,
    /// The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app client to authorize access with. Scopes govern access control to user pool self-service API operations, user data from the `userInfo` endpoint, and third-party APIs. Scope values include `phone`, `email`, `openid`, and `profile`. The `aws.cognito.signin.user.admin` scope authorizes user self-service operations. Custom scopes with resource servers authorize access to external APIs.
    pub allowed_o_auth_scopes: Option<Vec<String>>,
    /// Set to `true` to use OAuth 2.0 authorization server features in your app client.
    ///
    /// This parameter must have a value of `true` before you can configure the following features in your app client.
    ///
    /// - `CallBackURLs`: Callback URLs.
    /// - `LogoutURLs`: Sign-out redirect URLs.
    /// - `AllowedOAuthScopes`: OAuth 2.0 scopes.
    /// - `AllowedOAuthFlows`: Support for authorization code, implicit, and client credentials OAuth 2.0 grants.
    ///
    /// To use authorization server features, configure one of these features in the Amazon Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set a value for `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or SDKs, it defaults to `false`. When `false`, only SDK-based API sign-in is permitted.
    pub allowed_o_auth_flows_user_pool_client: Option<bool>,
    /// The user pool analytics configuration for collecting metrics and sending them to your Amazon Pinpoint campaign.
    ///
    /// In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools might not have access to analytics or might be configurable with campaigns in the US East (N. Virginia) Region. For more information, see [Using Amazon Pinpoint analytics](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html).
    pub analytics_configuration: Option<AnalyticsConfigurationType>,
    /// When `ENABLED`, suppresses messages that might indicate a valid user exists when someone attempts sign-in. This parameters sets your preference for the errors and responses that you want Amazon Cognito APIs to return during authentication, account confirmation, and password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and the user doesn't exist, authentication returns an error indicating either the username or password was incorrect. Account confirmation and password recovery return a response indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs return a `UserNotFoundException` exception if the user doesn't exist in the user pool.
    ///
    /// Defaults to `LEGACY`.
    pub prevent_user_existence_errors: Option<PreventUserExistenceErrorTypes>,
    /// Activates or deactivates [token revocation](https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html) in the target app client.
    pub enable_token_revocation: Option<bool>,
    /// When `true`, your application can include additional `UserContextData` in authentication requests. This data includes the IP address, and contributes to analysis by threat protection features. For more information about propagation of user context data, see [Adding session data to API requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint). If you don’t include this parameter, you can't send the source IP address to Amazon Cognito threat protection features. You can only activate `EnablePropagateAdditionalUserContextData` in an app client that has a client secret.
    pub enable_propagate_additional_user_context_data: Option<bool>,
    /// Amazon Cognito creates a session token for each API request in an authentication flow. `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool native user must respond to each authentication challenge before the session expires.
    pub auth_session_validity: Option<i32>,
    /// The configuration of your app client for refresh token rotation. When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens. When disabled, token refresh issues only ID and access tokens.
    pub refresh_token_rotation: Option<RefreshTokenRotationType>,
    /// Specifies whether Amazon Cognito stores and manages this app client's secret in [Amazon Web Services Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) instead of returning the plaintext value. When you set this parameter to `true`, the response returns `ClientSecretArn` instead of `ClientSecret`. By default, Amazon Cognito rotates the secret every 7 days. You can change the rotation schedule in Secrets Manager.
    ///
    /// Set to `true` to migrate an existing generated secret into Secrets Manager, or `false` to move it back to Amazon Cognito and delete the Secrets Manager secret. If you omit this parameter, Amazon Cognito doesn't change how it manages the existing secret. Applies only to app clients that already have a generated secret.
    ///
    /// When you set it to `true`, Amazon Cognito starts managing the app client's secret in Secrets Manager and rotates it right away. If the app client has two secrets, that first rotation deletes the older one.
    ///
    /// **Important:** When you set this parameter to `false`, Amazon Cognito immediately and permanently deletes the Secrets Manager secret. There's no recovery window. Applications that read the secret from Secrets Manager can no longer get it.
    #[aws(rename = "PublishSecretsInAWSSecretsManager")]
    pub publish_secrets_in_aws_secrets_manager: Option<bool>,
}

/// The response to [`UpdateUserPoolClient`].
///
/// Represents the response from the server to the request to update the user pool client.
#[awsop::aws_shape(output, eq)]
pub struct UpdateUserPoolClientResponse {
    /// The updated details of your app client.
    pub user_pool_client: Option<UserPoolClientType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateUserPoolClient`].
#[awsop::aws_error]
pub enum UpdateUserPoolClientError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ScopeDoesNotExistException`]: the service returned `ScopeDoesNotExistException`.
    ScopeDoesNotExistException(ScopeDoesNotExistException),
    /// [`InvalidOAuthFlowException`]: the service returned `InvalidOAuthFlowException`.
    InvalidOAuthFlowException(InvalidOAuthFlowException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateUserPoolDomain --------------------------------------------------

/// A user pool domain hosts managed login, an authorization server and web server for authentication in your application. This operation updates the branding version for user pool domains between `1` for hosted UI (classic) and `2` for managed login. It also updates the SSL certificate for user pool custom domains.
///
/// Changes to the domain branding version take up to one minute to take effect for a prefix domain and up to five minutes for a custom domain.
///
/// This operation doesn't change the name of your user pool domain. To change your domain, delete it with `DeleteUserPoolDomain` and create a new domain with `CreateUserPoolDomain`.
///
/// You can pass the ARN of a new Certificate Manager certificate in this request. Typically, ACM certificates automatically renew and you user pool can continue to use the same ARN. But if you generate a new certificate for your custom domain name, replace the original configuration with the new ARN in this request.
///
/// ACM certificates for custom domains must be in the US East (N. Virginia) Amazon Web Services Region. After you submit your request, Amazon Cognito requires up to 1 hour to distribute your new certificate to your custom domain.
///
/// For more information about adding a custom domain to your user pool, see [Configuring a user pool domain](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html).
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateUserPoolDomain", output = UpdateUserPoolDomainResponse, error = UpdateUserPoolDomainError)]
pub struct UpdateUserPoolDomain {
    /// The name of the domain that you want to update. For custom domains, this is the fully-qualified domain name, for example `auth.example.com`. For prefix domains, this is the prefix alone, such as `myprefix`.
    pub domain: String,
    /// The ID of the user pool that is associated with the domain you're updating.
    pub user_pool_id: String,
    /// A version number that indicates the state of managed login for your domain. Version `1` is hosted UI (classic). Version `2` is the newer managed login with the branding editor. For more information, see [Managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html).
    pub managed_login_version: Option<i32>,
    /// The configuration for a custom domain that hosts managed login for your application. In an `UpdateUserPoolDomain` request, this parameter specifies an SSL certificate for the managed login hosted webserver. The certificate must be an ACM ARN in `us-east-1`.
    ///
    /// When you create a custom domain, the passkey RP ID defaults to the custom domain. If you had a prefix domain active, this will cause passkey integration for your prefix domain to stop working due to a mismatch in RP ID. To keep the prefix domain passkey integration working, you can explicitly set RP ID to the prefix domain.
    pub custom_domain_config: Option<CustomDomainConfigType>,
    /// The routing configuration for the user pool domain. Specifies failover settings for multi-region deployments.
    pub routing: Option<RoutingType>,
}

/// The response to [`UpdateUserPoolDomain`].
///
/// The UpdateUserPoolDomain response output.
#[awsop::aws_shape(output, eq)]
pub struct UpdateUserPoolDomainResponse {
    /// A version number that indicates the state of managed login for your domain. Version `1` is hosted UI (classic). Version `2` is the newer managed login with the branding editor. For more information, see [Managed login](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html).
    pub managed_login_version: Option<i32>,
    /// The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts your managed login or classic hosted UI pages. You domain-name authority must have an alias record that points requests for your custom domain to this FQDN. Amazon Cognito returns this value if you set a custom domain with `CustomDomainConfig`. If you set an Amazon Cognito prefix domain, this operation returns a blank response.
    pub cloud_front_domain: Option<String>,
    /// The updated routing configuration for the user pool domain.
    pub routing: Option<RoutingType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateUserPoolDomain`].
#[awsop::aws_error]
pub enum UpdateUserPoolDomainError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`ConcurrentModificationException`]: the service returned `ConcurrentModificationException`.
    ConcurrentModificationException(ConcurrentModificationException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`FeatureUnavailableInTierException`]: the service returned `FeatureUnavailableInTierException`.
    FeatureUnavailableInTierException(FeatureUnavailableInTierException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- UpdateUserPoolReplica -------------------------------------------------

/// Updates replica-specific settings for a user pool replica. You can modify the status to activate or deactivate the replica. This request can be made in both primary and secondary regions of the user pool.
///
/// **Note:** Amazon Cognito evaluates Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you must use IAM credentials to authorize requests, and you must grant yourself the corresponding IAM permission in a policy.
///
/// **Learn more**
///
/// - [Signing Amazon Web Services API Requests](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
/// - [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "UpdateUserPoolReplica", output = UpdateUserPoolReplicaResponse, error = UpdateUserPoolReplicaError)]
pub struct UpdateUserPoolReplica {
    /// The ID of the user pool that contains the replica to update.
    pub user_pool_id: String,
    /// The Amazon Web Services Region of the replica to update.
    pub region_name: String,
    /// The status to set for the replica. Valid values are ACTIVE and INACTIVE.
    pub status: UpdateReplicaStatusType,
}

/// The response to [`UpdateUserPoolReplica`].
#[awsop::aws_shape(output, eq)]
pub struct UpdateUserPoolReplicaResponse {
    /// Information about the updated user pool replica.
    pub user_pool_replica: Option<UserPoolReplicaType>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`UpdateUserPoolReplica`].
#[awsop::aws_error]
pub enum UpdateUserPoolReplicaError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- VerifySoftwareToken ---------------------------------------------------

/// Registers the current user's time-based one-time password (TOTP) authenticator with a code generated in their authenticator app from a private key that's supplied by your user pool. Marks the user's software token MFA status as "verified" if successful. The request takes an access token or a session string, but not both.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "VerifySoftwareToken", output = VerifySoftwareTokenResponse, error = VerifySoftwareTokenError, auth = none)]
pub struct VerifySoftwareToken {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: Option<awsop::Sensitive<String>>,
    /// The session ID from an `AssociateSoftwareToken` request.
    pub session: Option<awsop::Sensitive<String>>,
    /// A TOTP that the user generated in their configured authenticator app.
    pub user_code: awsop::Sensitive<String>,
    /// A friendly name for the device that's running the TOTP authenticator.
    pub friendly_device_name: Option<String>,
}

/// The response to [`VerifySoftwareToken`].
#[awsop::aws_shape(output, eq)]
pub struct VerifySoftwareTokenResponse {
    /// Amazon Cognito can accept or reject the code that you provide. This response parameter indicates the success of TOTP verification. Some reasons that this operation might return an error are clock skew on the user's device and excessive retries.
    pub status: Option<VerifySoftwareTokenResponseType>,
    /// This session ID satisfies an `MFA_SETUP` challenge. Supply the session ID in your challenge response.
    pub session: Option<awsop::Sensitive<String>>,
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`VerifySoftwareToken`].
#[awsop::aws_error]
pub enum VerifySoftwareTokenError {
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidUserPoolConfigurationException`]: the service returned `InvalidUserPoolConfigurationException`.
    InvalidUserPoolConfigurationException(InvalidUserPoolConfigurationException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`EnableSoftwareTokenMfaException`]: the service returned `EnableSoftwareTokenMFAException`.
    #[aws(code = "EnableSoftwareTokenMFAException")]
    EnableSoftwareTokenMfaException(EnableSoftwareTokenMfaException),
    /// [`SoftwareTokenMfaNotFoundException`]: the service returned `SoftwareTokenMFANotFoundException`.
    #[aws(code = "SoftwareTokenMFANotFoundException")]
    SoftwareTokenMfaNotFoundException(SoftwareTokenMfaNotFoundException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}

// ---- VerifyUserAttribute ---------------------------------------------------

/// Submits a verification code for a signed-in user who has added or changed a value of an auto-verified attribute. When successful, the user's attribute becomes verified and the attribute `email_verified` or `phone_number_verified` becomes `true`.
///
/// If your user pool requires verification before Amazon Cognito updates the attribute value, this operation updates the affected attribute to its pending value.
///
/// Authorize this action with a signed-in user's access token. It must include the scope `aws.cognito.signin.user.admin`.
///
/// **Note:** Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in requests for this API operation. For this operation, you can't use IAM credentials to authorize requests, and you can't grant IAM permissions in policies. For more information about authorization models in Amazon Cognito, see [Using the Amazon Cognito user pools API and user pool endpoints](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).
///
/// Not signed: this operation needs no AWS credentials.
#[awsop::aws_operation(service = crate::CognitoIdentityProvider, target = "VerifyUserAttribute", output = VerifyUserAttributeResponse, error = VerifyUserAttributeError, auth = none)]
pub struct VerifyUserAttribute {
    /// A valid access token that Amazon Cognito issued to the currently signed-in user. Must include a scope claim for `aws.cognito.signin.user.admin`.
    pub access_token: awsop::Sensitive<String>,
    /// The name of the attribute that you want to verify.
    pub attribute_name: String,
    /// The verification code that your user pool sent to the added or changed attribute, for example the user's email address.
    pub code: String,
}

/// The response to [`VerifyUserAttribute`].
///
/// A container representing the response from the server from the request to verify user attributes.
#[awsop::aws_shape(output, eq)]
pub struct VerifyUserAttributeResponse {
    /// The HTTP status of the response.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id of the response (`x-amzn-RequestId`), if the service sent one.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The errors of [`VerifyUserAttribute`].
#[awsop::aws_error]
pub enum VerifyUserAttributeError {
    /// [`ResourceNotFoundException`]: the service returned `ResourceNotFoundException`.
    ResourceNotFoundException(ResourceNotFoundException),
    /// [`InvalidParameterException`]: the service returned `InvalidParameterException`.
    InvalidParameterException(InvalidParameterException),
    /// [`CodeMismatchException`]: the service returned `CodeMismatchException`.
    CodeMismatchException(CodeMismatchException),
    /// [`ExpiredCodeException`]: the service returned `ExpiredCodeException`.
    ExpiredCodeException(ExpiredCodeException),
    /// [`NotAuthorizedException`]: the service returned `NotAuthorizedException`.
    NotAuthorizedException(NotAuthorizedException),
    /// [`TooManyRequestsException`]: the service returned `TooManyRequestsException`.
    TooManyRequestsException(TooManyRequestsException),
    /// [`LimitExceededException`]: the service returned `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    /// [`PasswordResetRequiredException`]: the service returned `PasswordResetRequiredException`.
    PasswordResetRequiredException(PasswordResetRequiredException),
    /// [`UserNotFoundException`]: the service returned `UserNotFoundException`.
    UserNotFoundException(UserNotFoundException),
    /// [`UserNotConfirmedException`]: the service returned `UserNotConfirmedException`.
    UserNotConfirmedException(UserNotConfirmedException),
    /// [`OperationNotEnabledException`]: the service returned `OperationNotEnabledException`.
    OperationNotEnabledException(OperationNotEnabledException),
    /// [`InternalErrorException`]: the service returned `InternalErrorException`.
    InternalErrorException(InternalErrorException),
    /// [`AliasExistsException`]: the service returned `AliasExistsException`.
    AliasExistsException(AliasExistsException),
    /// [`ForbiddenException`]: the service returned `ForbiddenException`.
    ForbiddenException(ForbiddenException),
    /// An error this operation's model does not list, or one added after it.
    #[aws(other)]
    Unhandled(awsop::error::UnhandledError),
}
