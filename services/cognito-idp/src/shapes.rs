//! The structures the operations share.

use crate::*;

/// The settings for user message delivery in forgot-password operations. Contains preference for email or SMS message delivery of password reset codes, or for admin-only password reset.
#[awsop::aws_shape(eq)]
pub struct AccountRecoverySettingType {
    /// The list of options and priorities for user message delivery in forgot-password operations. Sets or displays user pool preferences for email or SMS message priority, whether users should fall back to a second delivery method, and whether passwords should only be reset by administrators.
    pub recovery_mechanisms: Option<Vec<RecoveryOptionType>>,
}

/// The automated response to a risk level for adaptive authentication in full-function, or `ENFORCED`, mode. You can assign an action to each risk level that threat protection evaluates.
#[awsop::aws_shape(eq)]
pub struct AccountTakeoverActionType {
    /// Determines whether Amazon Cognito sends a user a notification message when your user pools assesses a user's session at the associated risk level.
    pub notify: bool,
    /// The action to take for the attempted account takeover action for the associated risk level. Valid values are as follows:
    ///
    /// - `BLOCK`: Block the request.
    /// - `MFA_IF_CONFIGURED`: Present an MFA challenge if possible. MFA is possible if the user pool has active MFA methods that the user can set up. For example, if the user pool only supports SMS message MFA but the user doesn't have a phone number attribute, MFA setup isn't possible. If MFA setup isn't possible, allow the request.
    /// - `MFA_REQUIRED`: Present an MFA challenge if possible. Block the request if a user hasn't set up MFA. To sign in with required MFA, users must have an email address or phone number attribute, or a registered TOTP factor.
    /// - `NO_ACTION`: Take no action. Permit sign-in.
    pub event_action: AccountTakeoverEventActionType,
}

/// A list of account-takeover actions for each level of risk that Amazon Cognito might assess with threat protection features.
#[awsop::aws_shape(eq)]
pub struct AccountTakeoverActionsType {
    /// The action that you assign to a low-risk assessment by threat protection.
    pub low_action: Option<AccountTakeoverActionType>,
    /// The action that you assign to a medium-risk assessment by threat protection.
    pub medium_action: Option<AccountTakeoverActionType>,
    /// The action that you assign to a high-risk assessment by threat protection.
    pub high_action: Option<AccountTakeoverActionType>,
}

/// The settings for automated responses and notification templates for adaptive authentication with threat protection features.
#[awsop::aws_shape(eq)]
pub struct AccountTakeoverRiskConfigurationType {
    /// The settings for composing and sending an email message when threat protection assesses a risk level with adaptive authentication. When you choose to notify users in `AccountTakeoverRiskConfiguration`, Amazon Cognito sends an email message using the method and template that you set with this data type.
    pub notify_configuration: Option<NotifyConfigurationType>,
    /// A list of account-takeover actions for each level of risk that Amazon Cognito might assess with threat protection.
    pub actions: AccountTakeoverActionsType,
}

/// The configuration for a single authentication context class reference (ACR) level in a user pool. Each entry in an `AcrConfiguration` map associates a level (`Level1` through `Level4`) with this configuration, which provides the custom name that Amazon Cognito reports for that level in the `acr` token claim.
#[awsop::aws_shape(eq)]
pub struct AcrLevelConfigType {
    /// The custom name for this authentication context class reference (ACR) level. This value is the URI that Amazon Cognito reports in the `acr` token claim when a user meets this level. The name must be unique across all levels in the user pool, including default names.
    pub acr_value: String,
}

/// The settings for administrator creation of users in a user pool. Contains settings for allowing user sign-up, customizing invitation messages to new users, and the amount of time before temporary passwords expire.
#[awsop::aws_shape(eq)]
pub struct AdminCreateUserConfigType {
    /// The setting for allowing self-service sign-up. When `true`, only administrators can create new user profiles. When `false`, users can register themselves and create a new user profile with the `SignUp` operation.
    pub allow_admin_create_user_only: Option<bool>,
    /// This parameter is no longer in use.
    ///
    /// The password expiration limit in days for administrator-created users. When this time expires, the user can't sign in with their temporary password. To reset the account after that time limit, you must call `AdminCreateUser` again, specifying `RESEND` for the `MessageAction` parameter.
    ///
    /// The default value for this parameter is 7.
    pub unused_account_validity_days: Option<i32>,
    /// The template for the welcome message to new users. This template must include the `{####}` temporary password placeholder if you are creating users with passwords. If your users don't have passwords, you can omit the placeholder.
    ///
    /// See also [Customizing User Invitation Messages](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization).
    pub invite_message_template: Option<MessageTemplateType>,
}

/// Threat protection configuration options for additional authentication types in your user pool, including custom authentication.
#[awsop::aws_shape(eq)]
pub struct AdvancedSecurityAdditionalFlowsType {
    /// The operating mode of threat protection in custom authentication with [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    pub custom_auth_mode: Option<AdvancedSecurityEnabledModeType>,
}

/// The settings for Amazon Pinpoint analytics configuration. With an analytics configuration, your application can collect user-activity metrics for user notifications with a Amazon Pinpoint campaign.
///
/// Amazon Pinpoint isn't available in all Amazon Web Services Regions. For a list of available Regions, see [Amazon Cognito and Amazon Pinpoint Region availability](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html#cognito-user-pools-find-region-mappings).
#[awsop::aws_shape(eq)]
pub struct AnalyticsConfigurationType {
    /// Your Amazon Pinpoint project ID.
    pub application_id: Option<String>,
    /// The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to your user pool app client. Amazon Cognito publishes events to the Amazon Pinpoint project that `ApplicationArn` declares. You can also configure your application to pass an endpoint ID in the `AnalyticsMetadata` parameter of sign-in operations. The endpoint ID is information about the destination for push notifications
    pub application_arn: Option<String>,
    /// The ARN of an Identity and Access Management role that has the permissions required for Amazon Cognito to publish events to Amazon Pinpoint analytics.
    pub role_arn: Option<String>,
    /// The [external ID](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html) of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint.
    pub external_id: Option<String>,
    /// If `UserDataShared` is `true`, Amazon Cognito includes user data in the events that it publishes to Amazon Pinpoint analytics.
    pub user_data_shared: Option<bool>,
}

/// Information that your application adds to authentication requests. Applies an endpoint ID to the analytics data that your user pool sends to Amazon Pinpoint.
///
/// An endpoint ID uniquely identifies a mobile device, email address or phone number that can receive messages from Amazon Pinpoint analytics. For more information about Amazon Web Services Regions that can contain Amazon Pinpoint resources for use with Amazon Cognito user pools, see [Using Amazon Pinpoint analytics with Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html).
#[awsop::aws_shape(eq)]
pub struct AnalyticsMetadataType {
    /// The endpoint ID. Information that you want to pass to Amazon Pinpoint about where to send notifications.
    pub analytics_endpoint_id: Option<String>,
}

/// An image file from a managed login branding style in a user pool.
#[awsop::aws_shape(eq)]
pub struct AssetType {
    /// The category that the image corresponds to in your managed login configuration. Managed login has asset categories for different types of logos, backgrounds, and icons.
    pub category: AssetCategoryType,
    /// The display-mode target of the asset: light, dark, or browser-adaptive. For example, Amazon Cognito displays a dark-mode image only when the browser or application is in dark mode, but displays a browser-adaptive file in all contexts.
    pub color_mode: ColorSchemeModeType,
    /// The file type of the image file.
    pub extension: AssetExtensionType,
    /// The image file, in Base64-encoded binary.
    pub bytes: Option<awsop::wire::Blob>,
    /// The ID of the asset.
    pub resource_id: Option<String>,
}

/// The name and value of a user attribute.
#[awsop::aws_shape(eq)]
pub struct AttributeType {
    /// The name of the attribute, for example `email` or `custom:department`.
    ///
    /// In some older user pools, the regex pattern for acceptable values of this parameter is `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`. Older pools will eventually be updated to use the new pattern. Affected user pools are those created before May 2024 in US East (N. Virginia), US East (Ohio), US West (N. California), US West (Oregon), Asia Pacific (Mumbai), Asia Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Singapore), Asia Pacific (Sydney), Canada (Central), Europe (Frankfurt), Europe (Ireland), Europe (London), Europe (Paris), Europe (Stockholm), Middle East (Bahrain), and South America (São Paulo).
    pub name: String,
    /// The value of the attribute.
    pub value: Option<awsop::Sensitive<String>>,
}

/// One authentication event that Amazon Cognito logged in a user pool with threat protection active. Contains user and device metadata and a risk assessment from your user pool.
#[awsop::aws_shape(output, eq)]
pub struct AuthEventType {
    /// The event ID.
    pub event_id: Option<String>,
    /// The type of authentication event.
    pub event_type: Option<EventType>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
    /// The event response.
    pub event_response: Option<EventResponseType>,
    /// The threat evaluation from your user pool about an event. Contains information about whether your user pool detected compromised credentials, whether the event triggered an automated response, and the level of risk.
    pub event_risk: Option<EventRiskType>,
    /// A list of the challenges that the user was requested to answer, for example `Password`, and the result, for example `Success`.
    pub challenge_responses: Option<Vec<ChallengeResponseType>>,
    /// The user context data captured at the time of an event request. This value provides additional information about the client from which event the request is received.
    pub event_context_data: Option<EventContextDataType>,
    /// The `UpdateAuthEventFeedback` or `AdminUpdateAuthEventFeedback` feedback that you or your user provided in response to the event. A value of `Valid` indicates that you disagreed with the level of risk that your user pool assigned, and evaluated a session to be valid, or likely safe. A value of `Invalid` indicates that you agreed with the user pool risk level and evaluated a session to be invalid, or likely malicious.
    pub event_feedback: Option<EventFeedbackType>,
}

/// The object that your application receives after authentication. Contains tokens and information for device authentication.
#[awsop::aws_shape(output, eq)]
pub struct AuthenticationResultType {
    /// Your user's access token.
    pub access_token: Option<awsop::Sensitive<String>>,
    /// The expiration period of the authentication result in seconds.
    pub expires_in: Option<i32>,
    /// The intended use of the token, for example `Bearer`.
    pub token_type: Option<String>,
    /// Your user's refresh token.
    pub refresh_token: Option<awsop::Sensitive<String>>,
    /// Your user's ID token.
    pub id_token: Option<awsop::Sensitive<String>>,
    /// The new device metadata from an authentication result.
    pub new_device_metadata: Option<NewDeviceMetadataType>,
}

/// A summary of a Client ID Metadata Document (CIMD) policy, returned by .
#[awsop::aws_shape(output, eq)]
pub struct CimdPolicySummaryType {
    /// The ID of the CIMD policy.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
    /// The ID of the app client that the CIMD policy is associated with. Amazon Cognito omits this value when the app client no longer exists.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The friendly name of the CIMD policy.
    pub policy_name: String,
    /// The length of time, in seconds, that Amazon Cognito caches a client metadata document that it retrieved from a URL that matches the policy.
    pub cache_duration: Option<i32>,
    /// The date and time when the CIMD policy was created.
    pub creation_date: Option<awsop::time::DateTime>,
    /// The date and time when the CIMD policy was last modified.
    pub last_modified_date: Option<awsop::time::DateTime>,
}

/// The configuration of a Client ID Metadata Document (CIMD) policy.
#[awsop::aws_shape(output, eq)]
pub struct CimdPolicyType {
    /// The ID of the user pool that contains the CIMD policy.
    pub user_pool_id: String,
    /// The ID of the CIMD policy.
    #[aws(rename = "CIMDPolicyId")]
    pub cimd_policy_id: String,
    /// The ID of the app client that the CIMD policy is associated with. Amazon Cognito omits this value when the app client no longer exists.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The friendly name of the CIMD policy.
    pub policy_name: String,
    /// The length of time, in seconds, that Amazon Cognito caches a client metadata document that it retrieved from a URL that matches the policy.
    pub cache_duration: Option<i32>,
    /// The HTTPS URL patterns that a client ID metadata document URL must match.
    #[aws(rename = "URLPatterns")]
    pub url_patterns: Option<Vec<String>>,
    /// The date and time when the CIMD policy was created.
    pub creation_date: Option<awsop::time::DateTime>,
    /// The date and time when the CIMD policy was last modified.
    pub last_modified_date: Option<awsop::time::DateTime>,
}

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
#[awsop::aws_shape(output, eq)]
pub struct ChallengeResponseType {
    /// The type of challenge that your previous authentication request returned in the parameter `ChallengeName`, for example `SMS_MFA`.
    pub challenge_name: Option<ChallengeName>,
    /// The set of key-value pairs that provides a response to the requested challenge.
    pub challenge_response: Option<ChallengeResponse>,
}

/// The access token and its metadata from a machine-to-machine (M2M) client credentials grant.
#[awsop::aws_shape(output, eq)]
pub struct ClientAuthenticationResultType {
    /// The access token for the requested app client. Present this token to a resource server to authorize a request, using the scopes granted in the token.
    pub access_token: Option<awsop::Sensitive<String>>,
    /// The number of seconds until the access token expires.
    pub expires_in: Option<i32>,
    /// The type of the token. For example, `Bearer`.
    pub token_type: Option<String>,
}

/// A client metadata document URL that Amazon Cognito has received for a Client ID Metadata Document (CIMD) policy, with its cache state.
#[awsop::aws_shape(output, eq)]
pub struct ClientMetadataUrlType {
    /// The client metadata document URL.
    #[aws(rename = "URL")]
    pub url: String,
    /// The date and time when Amazon Cognito cached the client metadata document from this URL.
    pub cached_date: Option<awsop::time::DateTime>,
    /// The date and time when the cached client metadata document expires.
    pub expiration_date: Option<awsop::time::DateTime>,
}

/// The SSO session settings for a user pool app client.
#[awsop::aws_shape(eq)]
pub struct ClientSsoSessionConfigType {
    /// The maximum amount of time, in minutes, that this app client silently reuses an existing SSO session, returning a new set of tokens without requiring the user to re-authenticate, measured from the user's last fresh authentication. The minimum value is `0` and the maximum value is `129600` (90 days). The default is `60`. A value of `0` means that this app client never silently reuses the SSO session and always re-authenticates the user. The SSO session record and its cookie are still created regardless of this value, and other app clients in the same user pool can still reuse the session.
    pub max_validity_minutes: i32,
}

/// Contains information about a client secret, including its unique identifier, value, and creation timestamp.
#[awsop::aws_shape(output, eq)]
pub struct ClientSecretDescriptorType {
    /// The unique identifier for the client secret. This identifier follows the format \<client-id\>--\<epoch-create-time\>.
    pub client_secret_id: Option<String>,
    /// The actual secret value. This is only returned when creating a new secret and only if Amazon Cognito generated the secret. For custom secrets that you provide, this field is not included in the response.
    pub client_secret_value: Option<awsop::Sensitive<String>>,
    /// The date and time when the client secret was created.
    pub client_secret_create_date: Option<awsop::time::DateTime>,
}

/// Configuration for the CloudWatch log group destination of user pool detailed activity logging, or of user activity log export with threat protection.
#[awsop::aws_shape(eq)]
pub struct CloudWatchLogsConfigurationType {
    /// The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends logs. The log group must not be encrypted with Key Management Service and must be in the same Amazon Web Services account as your user pool.
    ///
    /// To send logs to log groups with a resource policy of a size greater than 5120 characters, configure a log group with a path that starts with `/aws/vendedlogs`. For more information, see [Enabling logging from certain Amazon Web Services services](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html).
    pub log_group_arn: Option<String>,
}

/// The delivery details for an email or SMS message that Amazon Cognito sent for authentication or verification.
#[awsop::aws_shape(output, eq)]
pub struct CodeDeliveryDetailsType {
    /// The email address or phone number destination where Amazon Cognito sent the code.
    pub destination: Option<String>,
    /// The method that Amazon Cognito used to send the code.
    pub delivery_medium: Option<DeliveryMediumType>,
    /// The name of the attribute that Amazon Cognito verifies with the code.
    pub attribute_name: Option<String>,
}

/// Settings for user pool actions when Amazon Cognito detects compromised credentials with threat protection in full-function `ENFORCED` mode.
#[awsop::aws_shape(eq)]
pub struct CompromisedCredentialsActionsType {
    /// The action that Amazon Cognito takes when it detects compromised credentials.
    pub event_action: CompromisedCredentialsEventActionType,
}

/// Settings for compromised-credentials actions and authentication-event sources with threat protection in full-function `ENFORCED` mode.
#[awsop::aws_shape(eq)]
pub struct CompromisedCredentialsRiskConfigurationType {
    /// Settings for the sign-in activity where you want to configure compromised-credentials actions. Defaults to all events.
    pub event_filter: Option<Vec<EventFilterType>>,
    /// Settings for the actions that you want your user pool to take when Amazon Cognito detects compromised credentials.
    pub actions: CompromisedCredentialsActionsType,
}

/// Contextual user data used for evaluating the risk of an authentication event by user pool threat protection.
#[awsop::aws_shape(eq)]
pub struct ContextDataType {
    /// The source IP address of your user's device.
    pub ip_address: String,
    /// The name of your application's service endpoint.
    pub server_name: String,
    /// The path of your application's service endpoint.
    pub server_path: String,
    /// The HTTP headers from your user's authentication request.
    pub http_headers: Vec<HttpHeader>,
    /// Encoded device-fingerprint details that your app collected with the Amazon Cognito context data collection library. For more information, see [Adding user device and session data to API requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    pub encoded_data: Option<String>,
}

/// The configuration for a custom domain, including the SSL certificate and TLS security policy.
#[awsop::aws_shape(eq)]
pub struct CustomDomainConfigType {
    /// The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. You use this certificate for the subdomain of your custom domain.
    pub certificate_arn: String,
    /// The security policy for the custom domain. Defines the minimum TLS version and cipher suites that Amazon CloudFront supports when communicating with clients. For specific guidance, see [Supported protocols and ciphers between viewers and CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html). Valid values are as follows:
    ///
    /// - `TLS_V1_3_2025` (strictest): A post-quantum-ready policy requiring TLS 1.3. It provides the strongest security posture and is ideal for workloads where all clients and browsers are updated to the latest versions. [Supported protocols and ciphers for TLSv1.3\_2025](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    /// - `TLS_V1_2_2021` (recommended): A post-quantum-ready policy which prefers TLS 1.3 but allows fallback to TLS 1.2 to accommodate older clients. It is the recommended minimum for typical commercial-grade consumer applications. [Supported protocols and ciphers for TLSv1.2\_2021](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    /// - `TLS_V1` (strongly discouraged): Permits fallback to TLS 1.0. It offers the broadest compatibility, including support for legacy clients that are more than a decade old. This compatibility comes at the expense of allowing TLS versions and cryptographic algorithms that are no longer considered safe for commercial use. [Supported protocols and ciphers for TLSv1](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
    pub security_policy: Option<SecurityPolicyType>,
}

/// The properties of a custom email sender Lambda trigger.
#[awsop::aws_shape(eq)]
pub struct CustomEmailLambdaVersionConfigType {
    /// The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features.
    ///
    /// You must use a `LambdaVersion` of `V1_0` with a custom sender function.
    pub lambda_version: CustomEmailSenderLambdaVersionType,
    /// The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
    pub lambda_arn: String,
}

/// The properties of a custom SMS sender Lambda trigger.
#[awsop::aws_shape(eq)]
pub struct CustomSmsLambdaVersionConfigType {
    /// The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features.
    ///
    /// You must use a `LambdaVersion` of `V1_0` with a custom sender function.
    pub lambda_version: CustomSmsSenderLambdaVersionType,
    /// The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
    pub lambda_arn: String,
}

/// The dynamic client registration configuration for a user pool. Dynamic client registration lets applications register their own app clients at runtime through the registration endpoint of your user pool domain. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
///
/// Applications register app clients at the `/oauth2/register` endpoint of your user pool domain. In authenticated registration, the application sends an access token from your user pool that has the `aws.cognito/dcr/register` scope. In open registration, the application doesn't send a token.
///
/// When you include this configuration in an `UpdateUserPool` request, Amazon Cognito replaces the existing configuration with the one that you provide.
#[awsop::aws_shape(eq)]
pub struct DcrConfigurationType {
    /// Specifies whether dynamic client registration is turned on for the user pool. If you provide a dynamic client registration configuration without this value, Amazon Cognito turns dynamic client registration on.
    pub enable_status: Option<StatusType>,
    /// Specifies whether open registration is turned on. When open registration is on, applications can register app clients without an initial access token. The default value is `false`.
    pub open_dcr_enabled: Option<bool>,
    /// The OAuth grant types that an app client created through authenticated registration can request. If you don't set this value, authenticated registration permits the `code` and `client_credentials` grant types. If you set an empty list, Amazon Cognito rejects authenticated registration requests. Dynamic client registration supports the following values. Amazon Cognito accepts `implicit` in this list but ignores it.
    ///
    /// **code**
    ///
    /// Use a code grant flow, which provides an authorization code as the response. This code can be exchanged for access tokens with the `/oauth2/token` endpoint.
    ///
    /// **client\_credentials**
    ///
    /// Issue the access token from the `/oauth2/token` endpoint directly to a non-person user using a combination of the client ID and client secret.
    pub authenticated_grant_types: Option<Vec<OAuthFlowType>>,
    /// The OAuth grant types that an app client created through open registration can request. If you don't set this value, open registration permits only the `code` grant type. If you set an empty list, Amazon Cognito rejects open registration requests. If you add `client_credentials`, anyone can register an app client that requests machine-to-machine (M2M) access tokens, and you pay for the M2M token requests that those app clients make. Dynamic client registration supports the following values. Amazon Cognito accepts `implicit` in this list but ignores it.
    ///
    /// **code**
    ///
    /// Use a code grant flow, which provides an authorization code as the response. This code can be exchanged for access tokens with the `/oauth2/token` endpoint.
    ///
    /// **client\_credentials**
    ///
    /// Issue the access token from the `/oauth2/token` endpoint directly to a non-person user using a combination of the client ID and client secret.
    pub open_dcr_grant_types: Option<Vec<OAuthFlowType>>,
    /// The scopes that an app client created through dynamic client registration can request, in addition to the standard OpenID Connect (OIDC) scopes. You can include custom scopes from your resource servers and `aws.cognito.signin.user.admin`. Registered app clients can request the OIDC scopes `openid`, `email`, `phone`, and `profile` without listing them here. If you don't set this value, registered app clients can request only the OIDC scopes. A registered app client can't request the `aws.cognito/dcr/register` scope, even if you include it in this list.
    pub allowed_scopes: Option<Vec<String>>,
}

/// The device-remembering configuration for a user pool.
///
/// **Note:** When you provide a value for any property of `DeviceConfiguration`, you activate the device remembering for the user pool.
#[awsop::aws_shape(eq)]
pub struct DeviceConfigurationType {
    /// When true, a remembered device can sign in with device authentication instead of SMS and time-based one-time password (TOTP) factors for multi-factor authentication (MFA).
    ///
    /// **Note:** Whether or not `ChallengeRequiredOnNewDevice` is true, users who sign in with devices that have not been confirmed or remembered must still provide a second factor in a user pool that requires MFA.
    pub challenge_required_on_new_device: Option<bool>,
    /// When true, Amazon Cognito doesn't automatically remember a user's device when your app sends a `ConfirmDevice` API request. In your app, create a prompt for your user to choose whether they want to remember their device. Return the user's choice in an `UpdateDeviceStatus` API request.
    ///
    /// When `DeviceOnlyRememberedOnUserPrompt` is `false`, Amazon Cognito immediately remembers devices that you register in a `ConfirmDevice` API request.
    pub device_only_remembered_on_user_prompt: Option<bool>,
}

/// A Secure Remote Password (SRP) value that your application generates when you register a user's device. For more information, see [Getting a device key](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-getting-a-device-key).
#[awsop::aws_shape(eq)]
pub struct DeviceSecretVerifierConfigType {
    /// A password verifier for a user's device. Used in SRP authentication.
    pub password_verifier: Option<String>,
    /// The salt that you want to use in SRP authentication with the user's device.
    pub salt: Option<String>,
}

/// Information about a user's device that they've registered for device SRP authentication in your application. For more information, see [Working with user devices in your user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
#[awsop::aws_shape(output, eq)]
pub struct DeviceType {
    /// The device key, for example `us-west-2_EXAMPLE-a1b2c3d4-5678-90ab-cdef-EXAMPLE22222`.
    pub device_key: Option<String>,
    /// Metadata about a user's device, like name and last-access source IP.
    pub device_attributes: Option<Vec<AttributeType>>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub device_create_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub device_last_modified_date: Option<awsop::time::DateTime>,
    /// The date when the user last signed in with the device.
    pub device_last_authenticated_date: Option<awsop::time::DateTime>,
}

/// A container for information about the user pool domain associated with the hosted UI and OAuth endpoints.
#[awsop::aws_shape(output, eq)]
pub struct DomainDescriptionType {
    /// The ID of the user pool that the domain is attached to.
    pub user_pool_id: Option<String>,
    /// The Amazon Web Services account that you created the user pool in.
    #[aws(rename = "AWSAccountId")]
    pub aws_account_id: Option<String>,
    /// The domain string. For custom domains, this is the fully-qualified domain name, such as `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone, such as `auth`.
    pub domain: Option<String>,
    /// The Amazon S3 bucket where the static files for this domain are stored.
    pub s3_bucket: Option<String>,
    /// The Amazon CloudFront endpoint that hosts your custom domain.
    pub cloud_front_distribution: Option<String>,
    /// The app version.
    pub version: Option<String>,
    /// The domain status.
    pub status: Option<DomainStatusType>,
    /// The configuration for a custom domain that hosts the sign-up and sign-in webpages for your application.
    pub custom_domain_config: Option<CustomDomainConfigType>,
    /// The version of managed login branding that you want to apply to your domain. A value of `1` indicates hosted UI (classic) branding and a version of `2` indicates managed login branding.
    ///
    /// Managed login requires that your user pool be configured for any [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html) other than `Lite`.
    pub managed_login_version: Option<i32>,
    /// The routing configuration for the domain, including failover settings for multi-region deployments. Currently only `Failover` configurations are allowed.
    pub routing: Option<RoutingType>,
}

/// The email configuration of your user pool. The email configuration type sets your preferred sending method, Amazon Web Services Region, and sender for messages from your user pool.
///
/// **Note:** Amazon Cognito can send email messages with Amazon Simple Email Service resources in the Amazon Web Services Region where you created your user pool, and in alternate Regions in some cases. For more information on the supported Regions, see [Email settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html).
#[awsop::aws_shape(eq)]
pub struct EmailConfigurationType {
    /// The ARN of a verified email address or an address from a verified domain in Amazon SES. You can set a `SourceArn` email from a verified domain only with an API request. You can set a verified email address, but not an address in a verified domain, in the Amazon Cognito console. Amazon Cognito uses the email address that you provide in one of the following ways, depending on the value that you specify for the `EmailSendingAccount` parameter:
    ///
    /// - If you specify `COGNITO_DEFAULT`, Amazon Cognito uses this address as the custom FROM address when it emails your users using its built-in email account.
    /// - If you specify `DEVELOPER`, Amazon Cognito emails your users with this address by calling Amazon SES on your behalf.
    ///
    /// The Region value of the `SourceArn` parameter must indicate a supported Amazon Web Services Region of your user pool. Typically, the Region in the `SourceArn` and the user pool Region are the same. For more information, see [Amazon SES email configuration regions](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer-region-mapping) in the [Amazon Cognito Developer Guide](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html).
    pub source_arn: Option<String>,
    /// The destination to which the receiver of the email should reply.
    pub reply_to_email_address: Option<String>,
    /// Specifies whether Amazon Cognito uses its built-in functionality to send your users email messages, or uses your Amazon Simple Email Service email configuration. Specify one of the following values:
    ///
    /// **COGNITO\_DEFAULT**
    ///
    /// When Amazon Cognito emails your users, it uses its built-in email functionality. When you use the default option, Amazon Cognito allows only a limited number of emails each day for your user pool. For typical production environments, the default email limit is less than the required delivery volume. To achieve a higher delivery volume, specify DEVELOPER to use your Amazon SES email configuration.
    ///
    /// To look up the email delivery limit for the default option, see [Limits](https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html) in the *Amazon Cognito Developer Guide*.
    ///
    /// The default FROM address is `no-reply@verificationemail.com`. To customize the FROM address, provide the Amazon Resource Name (ARN) of an Amazon SES verified email address for the `SourceArn` parameter.
    ///
    /// **DEVELOPER**
    ///
    /// When Amazon Cognito emails your users, it uses your Amazon SES configuration. Amazon Cognito calls Amazon SES on your behalf to send email from your verified email address. When you use this option, the email delivery limits are the same limits that apply to your Amazon SES verified email address in your Amazon Web Services account.
    ///
    /// If you use this option, provide the ARN of an Amazon SES verified email address for the `SourceArn` parameter.
    ///
    /// Before Amazon Cognito can email your users, it requires additional permissions to call Amazon SES on your behalf. When you update your user pool with this option, Amazon Cognito creates a *service-linked role*, which is a type of role in your Amazon Web Services account. This role contains the permissions that allow you to access Amazon SES and send email messages from your email address. For more information about the service-linked role that Amazon Cognito creates, see [Using Service-Linked Roles for Amazon Cognito](https://docs.aws.amazon.com/cognito/latest/developerguide/using-service-linked-roles.html) in the *Amazon Cognito Developer Guide*.
    pub email_sending_account: Option<EmailSendingAccountType>,
    /// Either the sender’s email address or the sender’s name with their email address. For example, `testuser@example.com` or `Test User <testuser@example.com>`. This address appears before the body of the email.
    pub from: Option<String>,
    /// The set of configuration rules that can be applied to emails sent using Amazon Simple Email Service. A configuration set is applied to an email by including a reference to the configuration set in the headers of the email. Once applied, all of the rules in that configuration set are applied to the email. Configuration sets can be used to apply the following types of rules to emails:
    ///
    /// **Event publishing**
    ///
    /// Amazon Simple Email Service can track the number of send, delivery, open, click, bounce, and complaint events for each email sent. Use event publishing to send information about these events to other Amazon Web Services services such as and Amazon CloudWatch
    ///
    /// **IP pool management**
    ///
    /// When leasing dedicated IP addresses with Amazon Simple Email Service, you can create groups of IP addresses, called dedicated IP pools. You can then associate the dedicated IP pools with configuration sets.
    pub configuration_set: Option<String>,
}

/// Sets or shows configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). Includes the subject and body of the email message template for sign-in and MFA messages. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
#[awsop::aws_shape(eq)]
pub struct EmailMfaConfigType {
    /// The template for the email messages that your user pool sends to users with codes for MFA and sign-in with email OTPs. The message must contain the `{####}` placeholder. In the message, Amazon Cognito replaces this placeholder with the code. If you don't provide this parameter, Amazon Cognito sends messages in the default format.
    pub message: Option<String>,
    /// The subject of the email messages that your user pool sends to users with codes for MFA and email OTP sign-in.
    pub subject: Option<String>,
}

/// User preferences for multi-factor authentication with email messages. Activates or deactivates email MFA and sets it as the preferred MFA method when multiple methods are available. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
#[awsop::aws_shape(eq)]
pub struct EmailMfaSettingsType {
    /// Specifies whether email message MFA is active for a user. When the value of this parameter is `Enabled`, the user will be prompted for MFA during all sign-in attempts, unless device tracking is turned on and the device has been trusted.
    pub enabled: Option<bool>,
    /// Specifies whether email message MFA is the user's preferred method.
    pub preferred_mfa: Option<bool>,
}

/// The configuration that Amazon Cognito uses to send SMS messages through Amazon Web Services End User Messaging SMS. Provide this structure in the `EumsSms` member of `SmsConfigurationType` to use Amazon Web Services End User Messaging SMS instead of Amazon SNS.
#[awsop::aws_shape(eq)]
pub struct EumsSmsConfigurationType {
    /// The ARN of the IAM role that Amazon Cognito assumes to send SMS messages through Amazon Web Services End User Messaging SMS. The role must grant permission to call the `sms-voice:SendTextMessage` operation.
    pub caller_arn: String,
    /// The external ID that Amazon Cognito includes when it assumes the `CallerArn` role. Use this value as a condition in the role trust policy to prevent the confused deputy problem.
    pub external_id: Option<String>,
    /// The origination identity that Amazon Web Services End User Messaging SMS uses to send messages to your users. This value can be one of the following:
    ///
    /// - A phone number – A long code, toll-free number, or short code that is assigned to your account.
    /// - A sender ID – An alphabetic name that identifies the message sender in supported countries.
    /// - A phone pool – A group of phone numbers that Amazon Web Services End User Messaging SMS selects from when it sends messages.
    ///
    /// You can provide an E.164 phone number or the ARN of the phone number, sender ID, or phone pool. Amazon Web Services End User Messaging SMS evaluates IAM authorization with the value that you provide. If the permissions policy of your `CallerArn` role scopes the `sms-voice:SendTextMessage` resource to a specific ARN, provide that same ARN. If the formats do not match, requests fail with an `InvalidSmsRoleAccessPolicyException`.
    ///
    /// Depending on the destination country, you must provide an origination identity. For country-specific requirements, see [Supported countries and regions for SMS messaging](https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html) in the Amazon Web Services End User Messaging SMS User Guide.
    pub origination_identity: Option<String>,
    /// The name of the Amazon Web Services End User Messaging SMS configuration set that Amazon Cognito applies to messages, for logging and event destinations. If you omit this member, Amazon Cognito sends messages without applying a configuration set.
    pub configuration_set_name: Option<String>,
    /// The principal entity ID required by India's Distributed Ledger Technology (DLT) regulations for SMS messages.
    pub in_entity_id: Option<String>,
    /// The registered template ID for the message template required by India's DLT regulations for SMS messages.
    pub in_template_id: Option<String>,
    /// The Amazon Web Services Region of the Amazon Web Services End User Messaging SMS resources that Amazon Cognito uses to send messages. Amazon Web Services End User Messaging SMS must be available in your user pool's Region.
    ///
    /// If you omit this parameter, Amazon Cognito uses the same Region as your user pool. You can also set this parameter to your user pool's Region explicitly. Amazon Cognito rejects any other value with an `InvalidParameterException`.
    pub region: Option<String>,
}

/// The context data that your application submitted in an authentication request with threat protection, as displayed in an `AdminListUserAuthEvents` response.
#[awsop::aws_shape(output, eq)]
pub struct EventContextDataType {
    /// The source IP address of your user's device.
    pub ip_address: Option<String>,
    /// The user's device name.
    pub device_name: Option<String>,
    /// The user's time zone.
    pub timezone: Option<String>,
    /// The user's city.
    pub city: Option<String>,
    /// The user's country.
    pub country: Option<String>,
}

/// The feedback that your application submitted to a threat protection event log, as displayed in an `AdminListUserAuthEvents` response.
#[awsop::aws_shape(output, eq)]
pub struct EventFeedbackType {
    /// Your feedback to the authentication event. When you provide a `FeedbackValue` value of `valid`, you tell Amazon Cognito that you trust a user session where Amazon Cognito has evaluated some level of risk. When you provide a `FeedbackValue` value of `invalid`, you tell Amazon Cognito that you don't trust a user session, or you don't believe that Amazon Cognito evaluated a high-enough risk level.
    pub feedback_value: FeedbackValueType,
    /// The submitter of the event feedback. For example, if you submit event feedback in the Amazon Cognito console, this value is `Admin`.
    pub provider: String,
    /// The date that you or your user submitted the feedback.
    pub feedback_date: Option<awsop::time::DateTime>,
}

/// The risk evaluation by adaptive authentication, as displayed in an `AdminListUserAuthEvents` response. Contains evaluations of compromised-credentials detection and assessed risk level and action taken by adaptive authentication.
#[awsop::aws_shape(output, eq)]
pub struct EventRiskType {
    /// The action taken by adaptive authentication. If `NoRisk`, your user pool took no action. If `AccountTakeover`, your user pool applied the adaptive authentication automated response that you configured. If `Block`, your user pool prevented the attempt.
    pub risk_decision: Option<RiskDecisionType>,
    /// The risk level that adaptive authentication assessed for the authentication event.
    pub risk_level: Option<RiskLevelType>,
    /// Indicates whether compromised credentials were detected during an authentication event.
    pub compromised_credentials_detected: Option<bool>,
}

/// Specifies failover configuration for multi-region user pool domains. Contains settings for the secondary region and health check configuration.
#[awsop::aws_shape(eq)]
pub struct FailoverType {
    /// The secondary Amazon Web Services Region to use for failover when the primary region becomes unavailable.
    pub secondary_region: String,
    /// The ID of the Amazon Web Services Route53 healthcheck that controls routing. If the healthcheck is healthy, traffic will be routed to the primary replica, and if the healthcheck is unhealthy, traffic will be routed to the secondary region.
    pub primary_route53_health_check_id: String,
}

/// Configuration for the Amazon Data Firehose stream destination of user activity log export with threat protection.
#[awsop::aws_shape(eq)]
pub struct FirehoseConfigurationType {
    /// The ARN of an Amazon Data Firehose stream that's the destination for threat protection log export.
    pub stream_arn: Option<String>,
}

/// A user pool group. Contains details about the group and the way that it contributes to IAM role decisions with identity pools. Identity pools can make decisions about the IAM role to assign based on groups: users get credentials for the role associated with their highest-priority group.
#[awsop::aws_shape(output, eq)]
pub struct GroupType {
    /// The name of the group.
    pub group_name: Option<String>,
    /// The ID of the user pool that contains the group.
    pub user_pool_id: Option<String>,
    /// A friendly description of the group.
    pub description: Option<String>,
    /// The ARN of the IAM role associated with the group. If a group has the highest priority of a user's groups, users who authenticate with an identity pool get credentials for the `RoleArn` that's associated with the group.
    pub role_arn: Option<String>,
    /// A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. Zero is the highest precedence value. Groups with lower `Precedence` values take precedence over groups with higher ornull `Precedence` values. If a user belongs to two or more groups, it is the group with the lowest precedence value whose role ARN is given in the user's tokens for the `cognito:roles` and `cognito:preferred_role` claims.
    ///
    /// Two groups can have the same `Precedence` value. If this happens, neither group takes precedence over the other. If two groups with the same `Precedence` have the same role ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each group. If the two groups have different role ARNs, the `cognito:preferred_role` claim isn't set in users' tokens.
    ///
    /// The default `Precedence` value is `null`.
    pub precedence: Option<i32>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
}

/// The HTTP header in the `ContextData` parameter.
#[awsop::aws_shape(eq)]
pub struct HttpHeader {
    /// The header name.
    #[aws(rename = "headerName")]
    pub header_name: Option<String>,
    /// The header value.
    #[aws(rename = "headerValue")]
    pub header_value: Option<String>,
}

/// A user pool identity provider (IdP). Contains information about a third-party IdP to a user pool, the attributes that it populates to user profiles, and the trust relationship between the IdP and your user pool.
#[awsop::aws_shape(output, eq)]
pub struct IdentityProviderType {
    /// The ID of the user pool associated with the IdP.
    pub user_pool_id: Option<String>,
    /// A friendly name for the IdP.
    pub provider_name: Option<String>,
    /// The type of IdP. Either SAML, OIDC, or a named social identity provider.
    pub provider_type: Option<IdentityProviderTypeType>,
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
    /// A mapping of IdP attributes to standard and custom user pool attributes.
    pub attribute_mapping: Option<std::collections::HashMap<String, String>>,
    /// A list of IdP identifiers. IdP identifiers are strings that represent friendly names or domain names of IdPs, for example `MyIdP` or `auth.example.com`. You can choose to route user authorization requests to the right IdP with either IdP identifiers or IdP names. For more information, see `identity_provider` and `idp_identifier` at [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html#get-authorize-request-parameters).
    pub idp_identifiers: Option<Vec<String>>,
    /// A mapping between the authentication context class reference (ACR) levels of your user pool and the ACR values of the external OpenID Connect (OIDC) identity provider (IdP), so that your application gets a consistent step-up experience regardless of which IdP authenticated the user. The map is keyed by level, from `Level1` through `Level4`.
    pub acr_mapping: Option<std::collections::HashMap<String, String>>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
}

/// The properties of an inbound federation Lambda trigger.
#[awsop::aws_shape(eq)]
pub struct InboundFederationLambdaType {
    /// The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features.
    ///
    /// You must use a `LambdaVersion` of `V1_0` with an inbound federation function.
    pub lambda_version: InboundFederationLambdaVersionType,
    /// The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
    pub lambda_arn: String,
}

/// Specifies the issuer configuration for a user pool. Contains settings that determine how tokens are issued and validated.
#[awsop::aws_shape(eq)]
pub struct IssuerConfigurationType {
    /// The type of issuer configuration. Determines the token issuing behavior for the user pool.
    ///
    /// **ORIGINAL**
    ///
    /// The original issuer configuration for user pools. The issuer URL is hosted in the user pool’s region and provides OIDC endpoints specific to that region.
    ///
    /// Original issuers have the format of `https://cognito-idp.[region].amazonaws.com/[userPoolId]`
    ///
    /// **UPDATED**
    ///
    /// Recommended for all user pools, including for multi-Region replication. Updated issuers host the same JWKS content in multiple regions, resulting in improved resilience and efficiency.
    ///
    /// Updated issuers have the format of `https://issuer-cognito-idp.[region].amazonaws.com/[userPoolId]`, where region is the primary Amazon Web Services Region of your user pool.
    pub r#type: Option<IssuerType>,
}

/// Specifies the key configuration for a user pool. Contains settings for encryption keys used to secure user pool data.
#[awsop::aws_shape(eq)]
pub struct KeyConfigurationType {
    /// The type of encryption key used for the user pool.
    ///
    /// **AWS\_OWNED\_KEY**
    ///
    /// A key owned by Amazon Web Services in Key Management Service.
    ///
    /// **CUSTOMER\_MANAGED\_KEY**
    ///
    /// A key managed by the customer in Key Management Service. You must use a multi-region key to enable multi-region replication for a user pool.
    pub key_type: Option<EncryptionKeyType>,
    /// The Amazon Resource Name (ARN) of the KMS key used for encryption. If not specified, Amazon Web Services managed keys are used.
    pub kms_key_arn: Option<String>,
}

/// A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of user pool operations. Triggers can modify the outcome of the operations that invoked them.
#[awsop::aws_shape(eq)]
pub struct LambdaConfigType {
    /// The configuration of a [pre sign-up Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html) in a user pool. This trigger evaluates new users and can bypass confirmation, [link a federated user profile](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html), or block sign-up requests.
    pub pre_sign_up: Option<String>,
    /// A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and email messages from your user pool. When a custom message trigger is active, your user pool routes all messages to a Lambda function that returns a runtime-customized message subject and body for your user pool to deliver to a user.
    pub custom_message: Option<String>,
    /// The configuration of a [post confirmation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html) in a user pool. This trigger can take custom actions after a user confirms their user account and their email address or phone number.
    pub post_confirmation: Option<String>,
    /// The configuration of a [pre authentication trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html) in a user pool. This trigger can evaluate and modify user sign-in events.
    pub pre_authentication: Option<String>,
    /// The configuration of a [post authentication Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html) in a user pool. This trigger can take custom actions after a user signs in.
    pub post_authentication: Option<String>,
    /// The configuration of a define auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    pub define_auth_challenge: Option<String>,
    /// The configuration of a create auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    pub create_auth_challenge: Option<String>,
    /// The configuration of a verify auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
    pub verify_auth_challenge_response: Option<String>,
    /// The legacy configuration of a [pre token generation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html) in a user pool.
    ///
    /// Set this parameter for legacy purposes. If you also set an ARN in `PreTokenGenerationConfig`, its value must be identical to `PreTokenGeneration`. For new instances of pre token generation triggers, set the `LambdaArn` of `PreTokenGenerationConfig`.
    pub pre_token_generation: Option<String>,
    /// The configuration of a [migrate user Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html) in a user pool. This trigger can create user profiles when users sign in or attempt to reset their password with credentials that don't exist yet.
    pub user_migration: Option<String>,
    /// The detailed configuration of a [pre token generation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html) in a user pool. If you also set an ARN in `PreTokenGeneration`, its value must be identical to `PreTokenGenerationConfig`.
    pub pre_token_generation_config: Option<PreTokenGenerationVersionConfigType>,
    /// The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS notifications from a user pool to a Lambda function that delivers the message using custom logic.
    #[aws(rename = "CustomSMSSender")]
    pub custom_sms_sender: Option<CustomSmsLambdaVersionConfigType>,
    /// The configuration of a custom email sender Lambda trigger. This trigger routes all email notifications from a user pool to a Lambda function that delivers the message using custom logic.
    pub custom_email_sender: Option<CustomEmailLambdaVersionConfigType>,
    /// The ARN of an [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#master_keys). Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers.
    #[aws(rename = "KMSKeyID")]
    pub kms_key_id: Option<String>,
    /// The configuration of an inbound federation Lambda trigger. This trigger can transform federated user attributes during the authentication with external identity providers.
    pub inbound_federation: Option<InboundFederationLambdaType>,
}

/// The class and attributes that identify a specific limit at the account level.
#[awsop::aws_shape(eq)]
pub struct LimitDefinitionType {
    /// The class of the limit. For API rate limits, this is `API_CATEGORY`.
    pub limit_class: LimitClass,
    /// The attributes that identify the specific limit. For API rate limits, specify the `Category` key with a value like `UserAuthentication` or `UserCreation`.
    pub attributes: std::collections::HashMap<String, String>,
}

/// The limit definition and current limit values for a provisioned limit.
#[awsop::aws_shape(output)]
pub struct LimitType {
    /// The definition that identifies this limit, including the class and attributes.
    pub limit_definition: LimitDefinitionType,
    /// The provisioned limit value, in requests per second (RPS). This is the rate that Amazon Cognito currently enforces for your account.
    pub provisioned_limit_value: i32,
    /// The default (free) limit value, in requests per second (RPS). This is the rate included at no additional cost.
    pub free_limit_value: i32,
}

/// The configuration of user event logs to an external Amazon Web Services service like Amazon Data Firehose, Amazon S3, or Amazon CloudWatch Logs.
#[awsop::aws_shape(eq)]
pub struct LogConfigurationType {
    /// The `errorlevel` selection of logs that a user pool sends for detailed activity logging. To send `userNotification` activity with [information about message delivery](https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html), choose `ERROR` with `CloudWatchLogsConfiguration`. To send `userAuthEvents` activity with user logs from threat protection with the Plus feature plan, choose `INFO` with one of `CloudWatchLogsConfiguration`, `FirehoseConfiguration`, or `S3Configuration`.
    pub log_level: LogLevel,
    /// The source of events that your user pool sends for logging. To send error-level logs about user notification activity, set to `userNotification`. To send info-level logs about threat-protection user activity in user pools with the Plus feature plan, set to `userAuthEvents`.
    pub event_source: EventSourceName,
    /// The CloudWatch log group destination of user pool detailed activity logs, or of user activity log export with threat protection.
    pub cloud_watch_logs_configuration: Option<CloudWatchLogsConfigurationType>,
    /// The Amazon S3 bucket destination of user activity log export with threat protection. To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
    pub s3_configuration: Option<S3ConfigurationType>,
    /// The Amazon Data Firehose stream destination of user activity log export with threat protection. To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
    pub firehose_configuration: Option<FirehoseConfigurationType>,
}

/// The logging parameters of a user pool, as returned in the response to a `GetLogDeliveryConfiguration` request.
#[awsop::aws_shape(output, eq)]
pub struct LogDeliveryConfigurationType {
    /// The ID of the user pool where you configured logging.
    pub user_pool_id: String,
    /// A logging destination of a user pool. User pools can have multiple logging destinations for message-delivery and user-activity logs.
    pub log_configurations: Vec<LogConfigurationType>,
}

/// *This data type is no longer supported.* Applies only to SMS multi-factor authentication (MFA) configurations. Does not apply to time-based one-time password (TOTP) software token MFA configurations.
#[awsop::aws_shape(eq)]
pub struct MfaOptionType {
    /// The delivery medium to send the MFA code. You can use this parameter to set only the `SMS` delivery medium value.
    pub delivery_medium: Option<DeliveryMediumType>,
    /// The attribute name of the MFA option type. The only valid value is `phone_number`.
    pub attribute_name: Option<String>,
}

/// A managed login branding style that's assigned to a user pool app client.
#[awsop::aws_shape(output, eq)]
pub struct ManagedLoginBrandingType {
    /// The ID of the managed login branding style.
    pub managed_login_branding_id: Option<String>,
    /// The user pool where the branding style is assigned.
    pub user_pool_id: Option<String>,
    /// When true, applies the default branding style options. This option reverts to default style options that are managed by Amazon Cognito. You can modify them later in the branding editor.
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
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
}

/// The message template structure.
#[awsop::aws_shape(eq)]
pub struct MessageTemplateType {
    /// The message template for SMS messages.
    #[aws(rename = "SMSMessage")]
    pub sms_message: Option<String>,
    /// The message template for email messages. EmailMessage is allowed only if [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is DEVELOPER.
    pub email_message: Option<String>,
    /// The subject line for email messages. EmailSubject is allowed only if [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is DEVELOPER.
    pub email_subject: Option<String>,
}

/// Information that your user pool responds with in `AuthenticationResult`when you configure it to remember devices and a user signs in with an unrecognized device. Amazon Cognito presents a new device key that you can use to set up [device authentication](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html) in a "Remember me on this device" authentication model.
#[awsop::aws_shape(output, eq)]
pub struct NewDeviceMetadataType {
    /// The device key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for device SRP authentication.
    pub device_key: Option<String>,
    /// The device group key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for device SRP authentication.
    pub device_group_key: Option<String>,
}

/// The configuration for Amazon SES email messages that threat protection sends to a user when your adaptive authentication automated response has a *Notify* action.
#[awsop::aws_shape(eq)]
pub struct NotifyConfigurationType {
    /// The email address that sends the email message. The address must be either individually verified with Amazon Simple Email Service, or from a domain that has been verified with Amazon SES.
    pub from: Option<String>,
    /// The reply-to email address of an email template. Can be an email address in the format `admin@example.com` or `Administrator <admin@example.com>`.
    pub reply_to: Option<String>,
    /// The Amazon Resource Name (ARN) of the identity that is associated with the sending authorization policy. This identity permits Amazon Cognito to send for the email address specified in the `From` parameter.
    pub source_arn: String,
    /// The template for the email message that your user pool sends when a detected risk event is blocked.
    pub block_email: Option<NotifyEmailType>,
    /// The template for the email message that your user pool sends when no action is taken in response to a detected risk.
    pub no_action_email: Option<NotifyEmailType>,
    /// The template for the email message that your user pool sends when MFA is challenged in response to a detected risk.
    pub mfa_email: Option<NotifyEmailType>,
}

/// The template for email messages that threat protection sends to a user when your threat protection automated response has a *Notify* action.
#[awsop::aws_shape(eq)]
pub struct NotifyEmailType {
    /// The subject of the threat protection email notification.
    pub subject: String,
    /// The body of an email notification formatted in HTML. Choose an `HtmlBody` or a `TextBody` to send an HTML-formatted or plaintext message, respectively.
    pub html_body: Option<String>,
    /// The body of an email notification formatted in plaintext. Choose an `HtmlBody` or a `TextBody` to send an HTML-formatted or plaintext message, respectively.
    pub text_body: Option<String>,
}

/// The minimum and maximum values of an attribute that is of the number type, for example `custom:age`.
#[awsop::aws_shape(eq)]
pub struct NumberAttributeConstraintsType {
    /// The minimum value of an attribute that is of the number data type.
    pub min_value: Option<String>,
    /// The maximum length of a number attribute value. Must be a number less than or equal to `2^1023`, represented as a string with a length of 131072 characters or fewer.
    pub max_value: Option<String>,
}

/// The password policy settings for a user pool, including complexity, history, and length requirements.
#[awsop::aws_shape(eq)]
pub struct PasswordPolicyType {
    /// The minimum length of the password in the policy that you have set. This value can't be less than 6.
    pub minimum_length: Option<i32>,
    /// The requirement in a password policy that users must include at least one uppercase letter in their password.
    pub require_uppercase: Option<bool>,
    /// The requirement in a password policy that users must include at least one lowercase letter in their password.
    pub require_lowercase: Option<bool>,
    /// The requirement in a password policy that users must include at least one number in their password.
    pub require_numbers: Option<bool>,
    /// The requirement in a password policy that users must include at least one symbol in their password.
    pub require_symbols: Option<bool>,
    /// The number of previous passwords that you want Amazon Cognito to restrict each user from reusing. Users can't set a password that matches any of `n` previous passwords, where `n` is the value of `PasswordHistorySize`.
    pub password_history_size: Option<i32>,
    /// The number of days a temporary password is valid in the password policy. If the user doesn't sign in during this time, an administrator must reset their password. Defaults to `7`. If you submit a value of `0`, Amazon Cognito treats it as a null value and sets `TemporaryPasswordValidityDays` to its default value.
    ///
    /// **Note:** When you set `TemporaryPasswordValidityDays` for a user pool, you can no longer set a value for the legacy `UnusedAccountValidityDays` parameter in that user pool.
    pub temporary_password_validity_days: Option<i32>,
}

/// The properties of a pre token generation Lambda trigger.
#[awsop::aws_shape(eq)]
pub struct PreTokenGenerationVersionConfigType {
    /// The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features.
    pub lambda_version: PreTokenGenerationLambdaVersionType,
    /// The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
    ///
    /// This parameter and the `PreTokenGeneration` property of `LambdaConfig` have the same value. For new instances of pre token generation triggers, set `LambdaArn`.
    pub lambda_arn: String,
}

/// The details of a user pool identity provider (IdP), including name and type.
#[awsop::aws_shape(output, eq)]
pub struct ProviderDescription {
    /// The name of the IdP, for example `MySAMLProvider`.
    pub provider_name: Option<String>,
    /// The type of the provider, for example `SAML`. Amazon Cognito supports SAML 2.0, OIDC, and social IdPs. User pools list supported social IdPs by name in this response parameter: Facebook, Google, Login with Amazon, and Sign in with Apple.
    pub provider_type: Option<IdentityProviderTypeType>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
}

/// The characteristics of a source or destination user for linking a federated user profile to a local user profile.
#[awsop::aws_shape(eq)]
pub struct ProviderUserIdentifierType {
    /// The name of the provider, such as Facebook, Google, or Login with Amazon.
    pub provider_name: Option<String>,
    /// The name of the provider attribute to link to, such as `NameID`.
    pub provider_attribute_name: Option<String>,
    /// The value of the provider attribute to link to, such as `xxxxx_account`.
    pub provider_attribute_value: Option<String>,
}

/// A recovery option for a user. The `AccountRecoverySettingType` data type is an array of this object. Each `RecoveryOptionType` has a priority property that determines whether it is a primary or secondary option.
///
/// For example, if `verified_email` has a priority of `1` and `verified_phone_number` has a priority of `2`, your user pool sends account-recovery messages to a verified email address but falls back to an SMS message if the user has a verified phone number. The `admin_only` option prevents self-service account recovery.
#[awsop::aws_shape(eq)]
pub struct RecoveryOptionType {
    /// Your priority preference for using the specified attribute in account recovery. The highest priority is `1`.
    pub priority: i32,
    /// The recovery method that this object sets a recovery option for.
    pub name: RecoveryOptionNameType,
}

/// The configuration of your app client for refresh token rotation. When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens. When disabled, token refresh issues only ID and access tokens.
#[awsop::aws_shape(eq)]
pub struct RefreshTokenRotationType {
    /// The state of refresh token rotation for the current app client.
    pub feature: FeatureType,
    /// When you request a token refresh with `GetTokensFromRefreshToken`, the original refresh token that you're rotating out can remain valid for a period of time of up to 60 seconds. This allows for client-side retries. When `RetryGracePeriodSeconds` is `0`, the grace period is disabled and a successful request immediately invalidates the submitted refresh token.
    pub retry_grace_period_seconds: Option<i32>,
}

/// One custom scope associated with a user pool resource server. This data type is a member of `ResourceServerScopeType`. For more information, see [Scopes, M2M, and API authorization with resource servers](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
#[awsop::aws_shape(eq)]
pub struct ResourceServerScopeType {
    /// The name of the scope. Amazon Cognito renders custom scopes in the format `resourceServerIdentifier/ScopeName`. For example, if this parameter is `exampleScope` in the resource server with the identifier `exampleResourceServer`, you request and receive the scope `exampleResourceServer/exampleScope`.
    pub scope_name: String,
    /// A friendly description of a custom scope.
    pub scope_description: String,
}

/// The details of a resource server configuration and associated custom scopes in a user pool.
#[awsop::aws_shape(output, eq)]
pub struct ResourceServerType {
    /// The ID of the user pool that contains the resource server configuration.
    pub user_pool_id: Option<String>,
    /// A unique resource server identifier for the resource server. The identifier can be an API friendly name like `solar-system-data`. You can also set an API URL like `https://solar-system-data-api.example.com` as your identifier.
    ///
    /// Amazon Cognito represents scopes in the access token in the format `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of your access tokens.
    pub identifier: Option<String>,
    /// The name of the resource server.
    pub name: Option<String>,
    /// A list of scopes that are defined for the resource server.
    pub scopes: Option<Vec<ResourceServerScopeType>>,
    /// This value is reserved for resource servers that Amazon Cognito manages. Resource servers that you create don't have this value.
    pub managed_by: Option<ResourceServerManagedByType>,
}

/// A summary of a point-in-time recovery of a user pool.
#[awsop::aws_shape(output, eq)]
pub struct RestorationDescriptionType {
    /// The ID of the recovery.
    pub restore_id: Option<String>,
    /// The status of the recovery. For a description of each status, see the `RestoreStatus` parameter of `RestorationType`.
    pub restore_status: Option<RestoreStatusType>,
    /// The point in time that the recovery restores the user pool to.
    pub restore_timestamp: Option<awsop::time::DateTime>,
}

/// The details of a point-in-time recovery of a user pool.
#[awsop::aws_shape(output, eq)]
pub struct RestorationType {
    /// The ID of the recovery. Use this ID in requests to describe, start, or cancel the recovery.
    pub restore_id: Option<String>,
    /// The status of the recovery. Can be one of the following values.
    ///
    /// **PREVIEW\_GENERATING**
    ///
    /// Amazon Cognito is generating the recovery preview, which might not be available immediately. Write operations in the user pool are paused.
    ///
    /// **PREVIEW\_GENERATED**
    ///
    /// The recovery preview is ready for review. Write operations in the user pool are paused. Within 24 hours after you initiate the recovery, apply it with a `StartPointInTimeRecovery` request or discard it with a `CancelPointInTimeRecovery` request.
    ///
    /// **PREVIEW\_CANCELLED**
    ///
    /// You canceled the recovery. Amazon Cognito resumed write operations and didn't change your user pool data.
    ///
    /// **PREVIEW\_GENERATION\_FAILED**
    ///
    /// Amazon Cognito couldn't generate the recovery preview. Amazon Cognito resumed write operations and didn't change your user pool data. You can initiate a new recovery.
    ///
    /// **PREVIEW\_EXPIRED**
    ///
    /// You didn't start or cancel the recovery within 24 hours after you initiated it. Amazon Cognito resumed write operations and didn't change your user pool data.
    ///
    /// **RESTORING**
    ///
    /// Amazon Cognito is restoring user data in the user pool to its state at the recovery point. Write operations in the user pool are paused.
    ///
    /// **RESTORE\_COMPLETED**
    ///
    /// Amazon Cognito restored your user pool to its state at the recovery point and resumed write operations.
    ///
    /// **TEMPORARY\_INTERNAL\_ERROR\_SEE\_SUPPORT\_CASE**
    ///
    /// The recovery encountered an internal error. Write operations in the user pool remain paused. Amazon Web Services Support contacts you through a support case to resolve the issue.
    ///
    /// **AWS\_ABORTED**
    ///
    /// Amazon Cognito stopped the recovery because of an internal failure. Write operations in the user pool remain paused, and you can't cancel or retry the recovery. Amazon Web Services Support contacts you through a support case to resolve the issue.
    pub restore_status: Option<RestoreStatusType>,
    /// The point in time that the recovery restores the user pool to.
    pub restore_timestamp: Option<awsop::time::DateTime>,
    /// The end of the period of changes that the recovery reverts. This time is shortly after the time that you initiated the recovery. The recovery reverts changes to user data that occurred between `RestoreTimestamp` and `TriggerTimestamp`.
    pub trigger_timestamp: Option<awsop::time::DateTime>,
    /// The recovery preview. For each type of entity, the preview shows the number of entities that the recovery creates, updates, and deletes. The preview doesn't include user data. Amazon Cognito returns the preview when it's available.
    pub restore_preview: Option<Vec<RestorePreviewType>>,
}

/// The number of entities of one type that a point-in-time recovery creates, updates, and deletes.
#[awsop::aws_shape(output, eq)]
pub struct RestorePreviewType {
    /// The type of user pool entity that the recovery changes. Can be one of the following values.
    ///
    /// **Users**
    ///
    /// User profiles, including their attributes.
    ///
    /// **Groups**
    ///
    /// User pool groups.
    ///
    /// **User MFAs**
    ///
    /// The MFA settings of users.
    ///
    /// **Passkeys**
    ///
    /// The passkeys that users registered.
    pub entity: Option<String>,
    /// The number of entities of this type that the recovery creates. These entities existed at the recovery point and were deleted after it.
    pub create_count: Option<i64>,
    /// The number of entities of this type that the recovery reverts to their state at the recovery point. These entities were modified after the recovery point.
    pub update_count: Option<i64>,
    /// The number of entities of this type that the recovery deletes. These entities were created after the recovery point.
    pub delete_count: Option<i64>,
}

/// The settings of risk configuration for threat protection with threat protection in a user pool.
#[awsop::aws_shape(output, eq)]
pub struct RiskConfigurationType {
    /// The ID of the user pool that has the risk configuration applied.
    pub user_pool_id: Option<String>,
    /// The app client where this configuration is applied. When this parameter isn't present, the risk configuration applies to all user pool app clients that don't have client-level settings.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// Settings for compromised-credentials actions and authentication types with threat protection in full-function `ENFORCED` mode.
    pub compromised_credentials_risk_configuration:
        Option<CompromisedCredentialsRiskConfigurationType>,
    /// The settings for automated responses and notification templates for adaptive authentication with threat protection.
    pub account_takeover_risk_configuration: Option<AccountTakeoverRiskConfigurationType>,
    /// Exceptions to the risk evaluation configuration, including always-allow and always-block IP address ranges.
    pub risk_exception_configuration: Option<RiskExceptionConfigurationType>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
}

/// Exceptions to the risk evaluation configuration, including always-allow and always-block IP address ranges.
#[awsop::aws_shape(eq)]
pub struct RiskExceptionConfigurationType {
    /// An always-block IP address list. Overrides the risk decision and always blocks authentication requests. This parameter is displayed and set in CIDR notation.
    #[aws(rename = "BlockedIPRangeList")]
    pub blocked_ip_range_list: Option<Vec<String>>,
    /// An always-allow IP address list. Risk detection isn't performed on the IP addresses in this range list. This parameter is displayed and set in CIDR notation.
    #[aws(rename = "SkippedIPRangeList")]
    pub skipped_ip_range_list: Option<Vec<String>>,
}

/// Specifies routing configuration for user pool domains. Contains failover settings for multi-region deployments.
#[awsop::aws_shape(eq)]
pub struct RoutingType {
    /// The failover configuration that specifies the secondary region and health check settings.
    pub failover: Option<FailoverType>,
}

/// Configuration for the Amazon S3 bucket destination of user activity log export with threat protection.
#[awsop::aws_shape(eq)]
pub struct S3ConfigurationType {
    /// The ARN of an Amazon S3 bucket that's the destination for threat protection log export.
    pub bucket_arn: Option<String>,
}

/// A user's preference for using SMS message multi-factor authentication (MFA). Turns SMS MFA on and off, and can set SMS as preferred when other MFA options are available. You can't turn off SMS MFA for any of your users when MFA is required in your user pool; you can only set the type that your user prefers.
#[awsop::aws_shape(eq)]
pub struct SmsMfaSettingsType {
    /// Specifies whether SMS message MFA is activated. If an MFA type is activated for a user, the user will be prompted for MFA during all sign-in attempts, unless device tracking is turned on and the device has been trusted.
    pub enabled: Option<bool>,
    /// Specifies whether SMS is the preferred MFA method. If true, your user pool prompts the specified user for a code delivered by SMS message after username-password sign-in succeeds.
    pub preferred_mfa: Option<bool>,
}

/// A list of the user attributes and their properties in your user pool. The attribute schema contains standard attributes, custom attributes with a `custom:` prefix, and developer attributes with a `dev:` prefix. For more information, see [User pool attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
///
/// Developer-only `dev:` attributes are a legacy feature of user pools, and are read-only to all app clients. You can create and update developer-only attributes only with IAM-authenticated API operations. Use app client read/write permissions instead.
#[awsop::aws_shape(eq)]
pub struct SchemaAttributeType {
    /// The name of your user pool attribute. When you create or update a user pool, adding a schema attribute creates a custom or developer-only attribute. When you add an attribute with a `Name` value of `MyAttribute`, Amazon Cognito creates the custom attribute `custom:MyAttribute`. When `DeveloperOnlyAttribute` is `true`, Amazon Cognito creates your attribute as `dev:MyAttribute`. In an operation that describes a user pool, Amazon Cognito returns this value as `value` for standard attributes, `custom:value` for custom attributes, and `dev:value` for developer-only attributes..
    pub name: Option<String>,
    /// The data format of the values for your attribute. When you choose an `AttributeDataType`, Amazon Cognito validates the input against the data type. A custom attribute value in your user's ID token is always a string, for example `"custom:isMember" : "true"` or `"custom:YearsAsMember" : "12"`.
    pub attribute_data_type: Option<AttributeDataType>,
    /// **Note:** You should use [WriteAttributes](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes) in the user pool client to control how attributes can be mutated for new use cases instead of using `DeveloperOnlyAttribute`.
    ///
    /// Specifies whether the attribute type is developer only. This attribute can only be modified by an administrator. Users won't be able to modify this attribute using their access token. For example, `DeveloperOnlyAttribute` can be modified using AdminUpdateUserAttributes but can't be updated using UpdateUserAttributes.
    pub developer_only_attribute: Option<bool>,
    /// Specifies whether the value of the attribute can be changed.
    ///
    /// Any user pool attribute whose value you map from an IdP attribute must be mutable, with a parameter value of `true`. Amazon Cognito updates mapped attributes when users sign in to your application through an IdP. If an attribute is immutable, Amazon Cognito throws an error when it attempts to update the attribute. For more information, see [Specifying Identity Provider Attribute Mappings for Your User Pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
    pub mutable: Option<bool>,
    /// Specifies whether a user pool attribute is required. If the attribute is required and the user doesn't provide a value, registration or sign-in will fail.
    pub required: Option<bool>,
    /// Specifies the constraints for an attribute of the number type.
    pub number_attribute_constraints: Option<NumberAttributeConstraintsType>,
    /// Specifies the constraints for an attribute of the string type.
    pub string_attribute_constraints: Option<StringAttributeConstraintsType>,
}

/// Describes an active user session. Amazon Cognito returns this type in the responses of `ListUserSessions` and `AdminListUserSessions`, for both token sessions and SSO sessions.
#[awsop::aws_shape(output, eq)]
pub struct SessionDescriptionType {
    /// The unique identifier for the session. This is a 28-character string of lowercase letters and digits, prefixed with `tkn` for a token session or `sso` for an SSO session.
    pub session_id: Option<String>,
    /// The type of the session. Valid values are `TOKEN` and `SSO`.
    pub session_type: Option<SessionTypeType>,
    /// The ID of the app client that the session belongs to.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The date and time when the session was created.
    pub create_date: Option<awsop::time::DateTime>,
    /// The date and time of the most recent activity on the session. For a token session, this is the most recent token refresh or rotation; a new authentication creates a new token session rather than updating an existing one. For an SSO session, this is the most recent authentication, token grant, or token rotation.
    pub last_active_date: Option<awsop::time::DateTime>,
    /// A description of the device associated with the most recent activity on the session, derived from the parsed user agent (operating system and browser or app). Amazon Cognito overwrites this value on each sign-in, refresh, and rotation. The value can be `unknown`. The maximum length is 1,024 characters.
    pub device_type: Option<String>,
    /// The IP address associated with the most recent activity on the session. Amazon Cognito overwrites this value on each refresh and rotation. The maximum length is 128 characters.
    #[aws(rename = "LastIPAddress")]
    pub last_ip_address: Option<awsop::Sensitive<String>>,
    /// The geographic location of the most recent activity on the session, derived from the IP address.
    pub last_location: Option<SessionLocationType>,
    /// For a token session, the ID of the SSO session that the token session originated from. This value is null for sessions that were initiated through the API and didn't come through an SSO session. Amazon Cognito returns this value for token sessions only.
    pub origin_session_id: Option<String>,
    /// Specifies whether this session matches the access token supplied in the request. This value is always `false` for the `AdminListUserSessions` operation, which doesn't take an access token.
    pub is_current_session: Option<bool>,
}

/// The geographic location of the most recent activity on a session, derived from the IP address.
#[awsop::aws_shape(output, eq)]
pub struct SessionLocationType {
    /// The city of the most recent activity on the session, derived from the IP address. This value can be null if geo-IP resolution fails. The maximum length is 256 characters.
    pub city: Option<String>,
    /// The country of the most recent activity on the session, derived from the IP address and returned in English (for example, `United States`). This is a country name as returned by the geo-IP database, not an ISO country code, and can be `unknown` if geo-IP resolution fails.
    pub country: Option<String>,
}

/// The policy for allowed types of authentication in a user pool. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
#[awsop::aws_shape(eq)]
pub struct SignInPolicyType {
    /// The sign-in methods that a user pool supports as the first factor. You can permit users to start authentication with a standard username and password, or with other one-time password and hardware factors.
    ///
    /// **Note:** `SOFTWARE_TOKEN` is not currently supported as a first auth factor. Do not include this value in `AllowedFirstAuthFactors`.
    pub allowed_first_auth_factors: Option<Vec<AuthFactorType>>,
}

/// User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services account.
#[awsop::aws_shape(eq)]
pub struct SmsConfigurationType {
    /// The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role in your Amazon Web Services account that Amazon Cognito will use to send SMS messages. SMS messages are subject to a [spending limit](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html).
    pub sns_caller_arn: Option<String>,
    /// The external ID provides additional security for your IAM role. You can use an `ExternalId` with the IAM role that you use with Amazon SNS to send SMS messages for your user pool. If you provide an `ExternalId`, your Amazon Cognito user pool includes it in the request to assume your IAM role. You can configure the role trust policy to require that Amazon Cognito, and any principal, provide the `ExternalID`. If you use the Amazon Cognito Management Console to create a role for SMS multi-factor authentication (MFA), Amazon Cognito creates a role with the required permissions and a trust policy that demonstrates use of the `ExternalId`.
    ///
    /// For more information about the `ExternalId` of a role, see [How to use an external ID when granting access to your Amazon Web Services resources to a third party](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html).
    pub external_id: Option<String>,
    /// The Amazon Web Services Region to use with Amazon SNS integration. You can choose the same Region as your user pool, or a supported **Legacy Amazon SNS alternate Region**.
    ///
    /// Amazon Cognito resources in the Asia Pacific (Seoul) Amazon Web Services Region must use your Amazon SNS configuration in the Asia Pacific (Tokyo) Region. For more information, see [SMS message settings for Amazon Cognito user pools](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
    pub sns_region: Option<String>,
    /// The configuration for sending SMS messages through Amazon Web Services End User Messaging SMS, as an alternative to Amazon SNS. In a user pool, provide either the Amazon SNS configuration (`SnsCallerArn`) or this configuration, but not both. In Amazon Web Services Regions where Amazon SNS is not available, this configuration is required.
    pub eums_sms: Option<EumsSmsConfigurationType>,
}

/// The configuration of multi-factor authentication (MFA) with SMS messages in a user pool.
#[awsop::aws_shape(eq)]
pub struct SmsMfaConfigType {
    /// The SMS authentication message that will be sent to users with the code they must sign in with. The message must contain the `{####}` placeholder. Your user pool replaces the placeholder with the MFA code. If this parameter isn't provided, your user pool sends a default message.
    pub sms_authentication_message: Option<String>,
    /// User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services account.
    ///
    /// You can set `SmsConfiguration` in `CreateUserPool` and `UpdateUserPool`, or in `SetUserPoolMfaConfig`.
    pub sms_configuration: Option<SmsConfigurationType>,
}

/// Settings for time-based one-time password (TOTP) multi-factor authentication (MFA) in a user pool. Enables and disables availability of this feature.
#[awsop::aws_shape(eq)]
pub struct SoftwareTokenMfaConfigType {
    /// The activation state of TOTP MFA.
    pub enabled: Option<bool>,
}

/// A user's preference for using time-based one-time password (TOTP) multi-factor authentication (MFA). Turns TOTP MFA on and off, and can set TOTP as preferred when other MFA options are available. You can't turn off TOTP MFA for any of your users when MFA is required in your user pool; you can only set the type that your user prefers.
#[awsop::aws_shape(eq)]
pub struct SoftwareTokenMfaSettingsType {
    /// Specifies whether software token MFA is activated. If an MFA type is activated for a user, the user will be prompted for MFA during all sign-in attempts, unless device tracking is turned on and the device has been trusted.
    pub enabled: Option<bool>,
    /// Specifies whether software token MFA is the preferred MFA method.
    pub preferred_mfa: Option<bool>,
}

/// The minimum and maximum length values of an attribute that is of the string type, for example `custom:department`.
#[awsop::aws_shape(eq)]
pub struct StringAttributeConstraintsType {
    /// The minimum length of a string attribute value.
    pub min_length: Option<String>,
    /// The maximum length of a string attribute value. Must be a number less than or equal to `2^1023`, represented as a string with a length of 131072 characters or fewer.
    pub max_length: Option<String>,
}

/// The details of a set of terms documents. For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
#[awsop::aws_shape(output, eq)]
pub struct TermsDescriptionType {
    /// The ID of the requested terms documents.
    pub terms_id: String,
    /// The type and friendly name of the requested terms documents.
    pub terms_name: String,
    /// This parameter is reserved for future use and currently accepts one value.
    pub enforcement: TermsEnforcementType,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: awsop::time::DateTime,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: awsop::time::DateTime,
}

/// The details of a set of terms documents. For more information, see [Terms documents](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).
#[awsop::aws_shape(output, eq)]
pub struct TermsType {
    /// The ID of the terms documents.
    pub terms_id: String,
    /// The ID of the user pool that contains the terms documents.
    pub user_pool_id: String,
    /// The ID of the app client that the terms documents are assigned to.
    pub client_id: awsop::Sensitive<String>,
    /// The type and friendly name of the terms documents.
    pub terms_name: String,
    /// This parameter is reserved for future use and currently accepts one value.
    pub terms_source: TermsSourceType,
    /// This parameter is reserved for future use and currently accepts one value.
    pub enforcement: TermsEnforcementType,
    /// A map of URLs to languages. For each localized language that will view the requested `TermsName`, assign a URL. A selection of `cognito:default` displays for all languages that don't have a language-specific URL.
    ///
    /// For example, `"cognito:default": "https://terms.example.com", "cognito:spanish": "https://terms.example.com/es"`.
    pub links: std::collections::HashMap<String, String>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: awsop::time::DateTime,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: awsop::time::DateTime,
}

/// The time units that, with `IdTokenValidity`, `AccessTokenValidity`, and `RefreshTokenValidity`, set and display the duration of ID, access, and refresh tokens for an app client. You can assign a separate token validity unit to each type of token.
#[awsop::aws_shape(eq)]
pub struct TokenValidityUnitsType {
    /// A time unit for the value that you set in the `AccessTokenValidity` parameter. The default `AccessTokenValidity` time unit is `hours`. `AccessTokenValidity` duration can range from five minutes to one day.
    pub access_token: Option<TimeUnitsType>,
    /// A time unit for the value that you set in the `IdTokenValidity` parameter. The default `IdTokenValidity` time unit is `hours`. `IdTokenValidity` duration can range from five minutes to one day.
    pub id_token: Option<TimeUnitsType>,
    /// A time unit for the value that you set in the `RefreshTokenValidity` parameter. The default `RefreshTokenValidity` time unit is `days`. `RefreshTokenValidity` duration can range from 60 minutes to 10 years.
    pub refresh_token: Option<TimeUnitsType>,
}

/// A container for the UI customization information for the hosted UI in a user pool.
#[awsop::aws_shape(output, eq)]
pub struct UiCustomizationType {
    /// The ID of the user pool with hosted UI customizations.
    pub user_pool_id: Option<String>,
    /// The app client ID for your UI customization. When this value isn't present, the customization applies to all user pool app clients that don't have client-level settings..
    pub client_id: Option<awsop::Sensitive<String>>,
    /// A URL path to the hosted logo image of your UI customization.
    pub image_url: Option<String>,
    /// The CSS values in the UI customization.
    #[aws(rename = "CSS")]
    pub css: Option<String>,
    /// The CSS version number.
    #[aws(rename = "CSSVersion")]
    pub css_version: Option<String>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
}

/// The settings for updates to user attributes. These settings include the property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to handle changes to the value of your users' email address and phone number attributes. For more information, see [Verifying updates to email addresses and phone numbers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
#[awsop::aws_shape(eq)]
pub struct UserAttributeUpdateSettingsType {
    /// Requires that your user verifies their email address, phone number, or both before Amazon Cognito updates the value of that attribute. When you update a user attribute that has this option activated, Amazon Cognito sends a verification message to the new phone number or email address. Amazon Cognito doesn’t change the value of the attribute until your user responds to the verification message and confirms the new value.
    ///
    /// When `AttributesRequireVerificationBeforeUpdate` is false, your user pool doesn't require that your users verify attribute changes before Amazon Cognito updates them. In a user pool where `AttributesRequireVerificationBeforeUpdate` is false, API operations that change attribute values can immediately update a user’s `email` or `phone_number` attribute.
    pub attributes_require_verification_before_update: Option<Vec<VerifiedAttributeType>>,
}

/// Contextual data, such as the user's device fingerprint, IP address, or location, used for evaluating the risk of an unexpected event by Amazon Cognito threat protection.
#[awsop::aws_shape(sensitive, eq)]
pub struct UserContextDataType {
    /// The source IP address of your user's device.
    pub ip_address: Option<String>,
    /// Encoded device-fingerprint details that your app collected with the Amazon Cognito context data collection library. For more information, see [Adding user device and session data to API requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    pub encoded_data: Option<String>,
}

/// A user import job in a user pool. Describes the status of user import with a CSV file. For more information, see [Importing users into user pools from a CSV file](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
#[awsop::aws_shape(output, eq)]
pub struct UserImportJobType {
    /// The friendly name of the user import job.
    pub job_name: Option<String>,
    /// The ID of the user import job.
    pub job_id: Option<String>,
    /// The ID of the user pool that the users are being imported into.
    pub user_pool_id: Option<String>,
    /// The pre-signed URL target for uploading the CSV file.
    pub pre_signed_url: Option<String>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
    /// The date when the user import job was started.
    pub start_date: Option<awsop::time::DateTime>,
    /// The date when the user import job was completed.
    pub completion_date: Option<awsop::time::DateTime>,
    /// The status of the user import job. One of the following:
    ///
    /// - `Created` - The job was created but not started.
    /// - `Pending` - A transition state. You have started the job, but it has not begun importing users yet.
    /// - `InProgress` - The job has started, and users are being imported.
    /// - `Stopping` - You have stopped the job, but the job has not stopped importing users yet.
    /// - `Stopped` - You have stopped the job, and the job has stopped importing users.
    /// - `Succeeded` - The job has completed successfully.
    /// - `Failed` - The job has stopped due to an error.
    /// - `Expired` - You created a job, but did not start the job within 24-48 hours. All data associated with the job was deleted, and the job can't be started.
    pub status: Option<UserImportJobStatusType>,
    /// The role Amazon Resource Name (ARN) for the Amazon CloudWatch Logging role for the user import job. For more information, see "Creating the CloudWatch Logs IAM Role" in the Amazon Cognito Developer Guide.
    pub cloud_watch_logs_role_arn: Option<String>,
    /// The number of users that were successfully imported.
    pub imported_users: Option<i64>,
    /// The number of users that were skipped.
    pub skipped_users: Option<i64>,
    /// The number of users that couldn't be imported.
    pub failed_users: Option<i64>,
    /// The message returned when the user import job is completed.
    pub completion_message: Option<String>,
    /// The password hashing algorithm used to generate the hashes in the CSV file for this import job.
    ///
    /// Valid values: `BCRYPT` \| `SCRYPT` \| `ARGON2ID` \| `PBKDF2_SHA256`
    pub password_hashing_algorithm: Option<PasswordHashingAlgorithmType>,
}

/// Contains settings for activation of threat protection, including the operating mode and additional authentication types. To log user security information but take no action, set to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to your user pool, set to `ENFORCED`.
///
/// For more information, see [Adding advanced security to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html). To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
#[awsop::aws_shape(eq)]
pub struct UserPoolAddOnsType {
    /// The operating mode of threat protection for standard authentication types in your user pool, including username-password and secure remote password (SRP) authentication.
    pub advanced_security_mode: AdvancedSecurityModeType,
    /// Threat protection configuration options for additional authentication types in your user pool, including custom authentication.
    pub advanced_security_additional_flows: Option<AdvancedSecurityAdditionalFlowsType>,
}

/// A short description of a user pool app client.
#[awsop::aws_shape(output, eq)]
pub struct UserPoolClientDescription {
    /// The app client ID.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The ID of the user pool that's associated with the app client.
    pub user_pool_id: Option<String>,
    /// The app client name.
    pub client_name: Option<String>,
}

/// The configuration of a user pool client.
#[awsop::aws_shape(output, eq)]
pub struct UserPoolClientType {
    /// The ID of the user pool associated with the app client.
    pub user_pool_id: Option<String>,
    /// The name of the app client.
    pub client_name: Option<String>,
    /// The ID of the app client.
    pub client_id: Option<awsop::Sensitive<String>>,
    /// The app client secret.
    pub client_secret: Option<awsop::Sensitive<String>>,
    /// The Amazon Resource Name (ARN) of the [Amazon Web Services Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html) secret that stores this app client's secret, when Amazon Cognito manages the secret in Secrets Manager. Retrieve the secret from Secrets Manager by this ARN. The `SecretString` value is a JSON object with `userPoolId`, `userPoolClientId`, and `clientSecretValue` fields. Use `clientSecretValue` as the app client secret. Amazon Cognito returns this ARN instead of `ClientSecret` for app clients whose secret it manages in Secrets Manager.
    pub client_secret_arn: Option<String>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
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
    /// The time units that, with `IdTokenValidity`, `AccessTokenValidity`, and `RefreshTokenValidity`, set and display the duration of ID, access, and refresh tokens for an app client. You can assign a separate token validity unit to each type of token.
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
    /// A list of allowed redirect (callback) URLs for the IdPs.
    ///
    /// A redirect URI must:
    ///
    /// - Be an absolute URI.
    /// - Be registered with the authorization server.
    /// - Not include a fragment component.
    ///
    /// See [OAuth 2.0 - Redirection Endpoint](https://tools.ietf.org/html/rfc6749#section-3.1.2).
    ///
    /// Amazon Cognito requires HTTPS over HTTP for callback URLs to `http://localhost`, `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only. You can specify custom TCP ports for your callback URLs.
    ///
    /// App callback URLs such as myapp://example are also supported.
    #[aws(rename = "CallbackURLs")]
    pub callback_urls: Option<Vec<String>>,
    /// A list of allowed logout URLs for the IdPs.
    #[aws(rename = "LogoutURLs")]
    pub logout_urls: Option<Vec<String>>,
    /// The default redirect URI. Must be in the `CallbackURLs` list.
    ///
    /// A redirect URI must:
    ///
    /// - Be an absolute URI.
    /// - Be registered with the authorization server.
    /// - Not include a fragment component.
    ///
    /// See [OAuth 2.0 - Redirection Endpoint](https://tools.ietf.org/html/rfc6749#section-3.1.2).
    ///
    /// Amazon Cognito requires HTTPS over HTTP for callback URLs to `http://localhost`, `http://127.0.0.1` and `http://[::1]`. These callback URLs are for testing purposes only. You can specify custom TCP ports for your callback URLs.
    ///
    /// App callback URLs such as myapp://example are also supported.
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
    /// The OAuth 2.0 scopes that you want your app client to support. Can include standard OAuth scopes like `phone`, `email`, `openid`, and `profile`. Can also include the `aws.cognito.signin.user.admin` scope that authorizes user profile self-service operations and custom scopes from resource servers.
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
    /// **Note:** In Amazon Web Services Regions where Amazon Pinpoint isn't available, user pools only support sending events to Amazon Pinpoint projects in Amazon Web Services Region us-east-1. In Regions where Amazon Pinpoint is available, user pools support sending events to Amazon Pinpoint projects within that same Region.
    pub analytics_configuration: Option<AnalyticsConfigurationType>,
    /// When `ENABLED`, suppresses messages that might indicate a valid user exists when someone attempts sign-in. This parameters sets your preference for the errors and responses that you want Amazon Cognito APIs to return during authentication, account confirmation, and password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and the user doesn't exist, authentication returns an error indicating either the username or password was incorrect. Account confirmation and password recovery return a response indicating a code was sent to a simulated destination. When set to `LEGACY`, those APIs return a `UserNotFoundException` exception if the user doesn't exist in the user pool.
    ///
    /// Defaults to `LEGACY`.
    pub prevent_user_existence_errors: Option<PreventUserExistenceErrorTypes>,
    /// Indicates whether token revocation is activated for the user pool client. When you create a new user pool client, token revocation is activated by default.
    pub enable_token_revocation: Option<bool>,
    /// When `EnablePropagateAdditionalUserContextData` is true, Amazon Cognito accepts an `IpAddress` value that you send in the `UserContextData` parameter. The `UserContextData` parameter sends information to Amazon Cognito threat protection for risk analysis. You can send `UserContextData` when you sign in Amazon Cognito native users with the `InitiateAuth` and `RespondToAuthChallenge` API operations.
    ///
    /// When `EnablePropagateAdditionalUserContextData` is false, you can't send your user's source IP address to Amazon Cognito threat protection with unauthenticated API operations. `EnablePropagateAdditionalUserContextData` doesn't affect whether you can send a source IP address in a `ContextData` parameter with the authenticated API operations `AdminInitiateAuth` and `AdminRespondToAuthChallenge`.
    ///
    /// You can only activate `EnablePropagateAdditionalUserContextData` in an app client that has a client secret. For more information about propagation of user context data, see [Adding user device and session data to API requests](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
    pub enable_propagate_additional_user_context_data: Option<bool>,
    /// Amazon Cognito creates a session token for each API request in an authentication flow. `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool native user must respond to each authentication challenge before the session expires.
    pub auth_session_validity: Option<i32>,
    /// The configuration of your app client for refresh token rotation. When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens. When disabled, token refresh issues only ID and access tokens.
    pub refresh_token_rotation: Option<RefreshTokenRotationType>,
    /// How the app client was created.
    ///
    /// **REGULAR**
    ///
    /// The app client wasn't created through dynamic client registration. For example, you created it with `CreateUserPoolClient`.
    ///
    /// **DCR**
    ///
    /// An application registered the app client through dynamic client registration. These app clients don't support client secret operations such as `AddUserPoolClientSecret`, and they can't hold the `aws.cognito/dcr/register` scope.
    pub client_type: Option<ClientTypeType>,
}

/// A short description of a user pool.
#[awsop::aws_shape(output, eq)]
pub struct UserPoolDescriptionType {
    /// The user pool ID.
    pub id: Option<String>,
    /// The user pool name.
    pub name: Option<String>,
    /// A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of user pool operations. Triggers can modify the outcome of the operations that invoked them.
    pub lambda_config: Option<LambdaConfigType>,
    /// The user pool status.
    ///
    /// **Deprecated:** This property is no longer available.
    pub status: Option<StatusType>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
    /// A list of Amazon Web Services Regions where replicas of this user pool exist.
    pub replica_regions: Option<Vec<String>>,
}

/// A list of user pool policies. Contains the policy that sets password-complexity requirements.
#[awsop::aws_shape(eq)]
pub struct UserPoolPolicyType {
    /// The password policy settings for a user pool, including complexity, history, and length requirements.
    pub password_policy: Option<PasswordPolicyType>,
    /// The policy for allowed types of authentication in a user pool.
    pub sign_in_policy: Option<SignInPolicyType>,
}

/// Contains information about a replica user pool, including Region, status, role, and ARN.
#[awsop::aws_shape(output, eq)]
pub struct UserPoolReplicaType {
    /// The Amazon Web Services Region where the replica is located.
    pub region_name: Option<String>,
    /// The current status of the replica.
    ///
    /// **CREATING**
    ///
    /// The replica is being created.
    ///
    /// **INACTIVE**
    ///
    /// The replica has been created, but is not accepting requests for end-users. Administrator configuration operations are supported.
    ///
    /// **ACTIVE**
    ///
    /// The replica is available for both end-user and administrator operations.
    ///
    /// **DELETING**
    ///
    /// The replica is being deleted.
    pub status: Option<ReplicaStatusType>,
    /// The role of the user pool replica that determines which API operations are enabled.
    ///
    /// **PRIMARY**
    ///
    /// The primary replica supports all end user and administrator operations.
    ///
    /// **SECONDARY**
    ///
    /// The secondary replica supports a limited set of end user and administrator operations. Generally, only administrator operations that set configurations specific to the replica, and only end-user operations that do not create or change attributes of a user are supported.
    pub role: Option<ReplicaRoleType>,
    /// The Amazon Resource Name (ARN) of the replica user pool.
    pub user_pool_arn: Option<String>,
}

/// The pool-wide token session settings for a user pool.
#[awsop::aws_shape(eq)]
pub struct UserPoolTokenSessionConfigType {
    /// The maximum number of active token sessions that a user can have across the user pool. The minimum value is `1` and the maximum value is `100`. The default is `20`. When a user reaches this limit, the next successful authentication automatically evicts that user's least recently used token session before it creates the new session. Lowering this value doesn't evict existing sessions on its own; the user is brought back within the limit on their next sign-in.
    pub max_per_user: i32,
}

/// The configuration of a user pool.
#[awsop::aws_shape(output, eq)]
pub struct UserPoolType {
    /// The ID of the user pool.
    pub id: Option<String>,
    /// The name of the user pool.
    pub name: Option<String>,
    /// A list of user pool policies. Contains the policy that sets password-complexity requirements.
    pub policies: Option<UserPoolPolicyType>,
    /// When active, `DeletionProtection` prevents accidental deletion of your user pool. Before you can delete a user pool that you have protected against deletion, you must deactivate this feature.
    ///
    /// When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon Cognito returns an `InvalidParameterException` error. To delete a protected user pool, send a new `DeleteUserPool` request after you deactivate deletion protection in an `UpdateUserPool` API request.
    pub deletion_protection: Option<DeletionProtectionType>,
    /// A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of user pool operations. Triggers can modify the outcome of the operations that invoked them.
    pub lambda_config: Option<LambdaConfigType>,
    /// This parameter is no longer used.
    ///
    /// **Deprecated:** This property is no longer available.
    pub status: Option<StatusType>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub last_modified_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub creation_date: Option<awsop::time::DateTime>,
    /// A list of the user attributes and their properties in your user pool. The attribute schema contains standard attributes, custom attributes with a `custom:` prefix, and developer attributes with a `dev:` prefix. For more information, see [User pool attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
    ///
    /// Developer-only attributes are a legacy feature of user pools, and are read-only to all app clients. You can create and update developer-only attributes only with IAM-authenticated API operations. Use app client read/write permissions instead.
    pub schema_attributes: Option<Vec<SchemaAttributeType>>,
    /// The attributes that are auto-verified in a user pool.
    pub auto_verified_attributes: Option<Vec<VerifiedAttributeType>>,
    /// Attributes supported as an alias for this user pool. An alias is an attribute that users can enter as an alternative username. Possible values: **phone\_number**, **email**, or **preferred\_username**.
    pub alias_attributes: Option<Vec<AliasAttributeType>>,
    /// Specifies whether a user can use an email address or phone number as a username when they sign up.
    pub username_attributes: Option<Vec<UsernameAttributeType>>,
    /// This parameter is no longer used.
    pub sms_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_message: Option<String>,
    /// This parameter is no longer used.
    pub email_verification_subject: Option<String>,
    /// The template for the verification message that your user pool delivers to users who set an email address or phone number attribute.
    pub verification_message_template: Option<VerificationMessageTemplateType>,
    /// The contents of the SMS authentication message.
    pub sms_authentication_message: Option<String>,
    /// The settings for updates to user attributes. These settings include the property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to handle changes to the value of your users' email address and phone number attributes. For more information, see [Verifying updates to email addresses and phone numbers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
    pub user_attribute_update_settings: Option<UserAttributeUpdateSettingsType>,
    /// Can be one of the following values:
    ///
    /// - `OFF` - MFA tokens aren't required and can't be specified during user registration.
    /// - `ON` - MFA tokens are required for all user registrations. You can only specify required when you're initially creating a user pool.
    /// - `OPTIONAL` - Users have the option when registering to create an MFA token.
    pub mfa_configuration: Option<UserPoolMfaType>,
    /// The device-remembering configuration for a user pool. A null value indicates that you have deactivated device remembering in your user pool.
    ///
    /// **Note:** When you provide a value for any `DeviceConfiguration` field, you activate the Amazon Cognito device-remembering feature.
    pub device_configuration: Option<DeviceConfigurationType>,
    /// A number estimating the size of the user pool.
    pub estimated_number_of_users: Option<i32>,
    /// The email configuration of your user pool. The email configuration type sets your preferred sending method, Amazon Web Services Region, and sender for messages from your user pool.
    pub email_configuration: Option<EmailConfigurationType>,
    /// User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services account.
    pub sms_configuration: Option<SmsConfigurationType>,
    /// The tags that are assigned to the user pool. A tag is a label that you can apply to user pools to categorize and manage them in different ways, such as by purpose, owner, environment, or other criteria.
    pub user_pool_tags: Option<std::collections::HashMap<String, String>>,
    /// The reason why the SMS configuration can't send the messages to your users.
    ///
    /// This message might include comma-separated values to describe why your SMS configuration can't send messages to user pool end users.
    ///
    /// **InvalidSmsRoleAccessPolicyException**
    ///
    /// The Identity and Access Management role that Amazon Cognito uses to send SMS messages isn't properly configured. For more information, see [SmsConfigurationType](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html).
    ///
    /// **SNSSandbox**
    ///
    /// The Amazon Web Services account is in the SNS SMS Sandbox and messages will only reach verified end users. This parameter won’t get populated with SNSSandbox if the user creating the user pool doesn’t have SNS permissions. To learn how to move your Amazon Web Services account out of the sandbox, see [Moving out of the SMS sandbox](https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox-moving-to-production.html).
    pub sms_configuration_failure: Option<String>,
    /// Deprecated. Review error codes from API requests with `EventSource:cognito-idp.amazonaws.com` in CloudTrail for information about problems with user pool email configuration.
    pub email_configuration_failure: Option<String>,
    /// The domain prefix, if the user pool has a domain associated with it.
    pub domain: Option<String>,
    /// A custom domain name that you provide to Amazon Cognito. This parameter applies only if you use a custom domain to host the sign-up and sign-in pages for your application. An example of a custom domain name might be `auth.example.com`.
    ///
    /// For more information about adding a custom domain to your user pool, see [Using Your Own Domain for the Hosted UI](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html).
    pub custom_domain: Option<String>,
    /// The configuration for `AdminCreateUser` requests.
    pub admin_create_user_config: Option<AdminCreateUserConfigType>,
    /// Contains settings for activation of threat protection, including the operating mode and additional authentication types. To log user security information but take no action, set to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to your user pool, set to `ENFORCED`.
    ///
    /// For more information, see [Adding advanced security to a user pool](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html). To activate this setting, your user pool must be on the [Plus tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
    pub user_pool_add_ons: Option<UserPoolAddOnsType>,
    /// The dynamic client registration configuration for the user pool. With dynamic client registration, applications can register their own app clients at runtime through the registration endpoint of your user pool domain. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub dcr_configuration: Option<DcrConfigurationType>,
    /// Case sensitivity of the username input for the selected sign-in option. When case sensitivity is set to `False` (case insensitive), users can sign in with any combination of capital and lowercase letters. For example, `username`, `USERNAME`, or `UserName`, or for email, `email@example.com` or `EMaiL@eXamplE.Com`. For most use cases, set case sensitivity to `False` (case insensitive) as a best practice. When usernames and email addresses are case insensitive, Amazon Cognito treats any variation in case as the same user, and prevents a case variation from being assigned to the same attribute for a different user.
    pub username_configuration: Option<UsernameConfigurationType>,
    /// The Amazon Resource Name (ARN) of the user pool.
    pub arn: Option<String>,
    /// The available verified method a user can use to recover their password when they call `ForgotPassword`. You can use this setting to define a preferred method when a user has more than one method available. With this setting, SMS doesn't qualify for a valid password recovery mechanism if the user also has SMS multi-factor authentication (MFA) activated. In the absence of this setting, Amazon Cognito uses the legacy behavior to determine the recovery method where SMS is preferred through email.
    pub account_recovery_setting: Option<AccountRecoverySettingType>,
    /// The user pool [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html), or tier. This parameter determines the eligibility of the user pool for features like managed login, access-token customization, and threat protection. Defaults to `ESSENTIALS`.
    pub user_pool_tier: Option<UserPoolTierType>,
    /// The key configuration for the user pool, including encryption settings.
    pub key_configuration: Option<KeyConfigurationType>,
    /// The issuer configuration for the user pool, including token issuing settings.
    pub issuer_configuration: Option<IssuerConfigurationType>,
    /// The names of the authentication context class reference (ACR) levels for the user pool. Amazon Cognito always returns the effective configuration, with default names merged in for any level that you haven't customized.
    ///
    /// Configuring custom ACR level names requires the Essentials or Plus feature plan. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub acr_configuration: Option<std::collections::HashMap<String, AcrLevelConfigType>>,
}

/// A user profile in a Amazon Cognito user pool.
#[awsop::aws_shape(output, eq)]
pub struct UserType {
    /// The user's username.
    pub username: Option<awsop::Sensitive<String>>,
    /// Names and values of a user's attributes, for example `email`.
    pub attributes: Option<Vec<AttributeType>>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub user_create_date: Option<awsop::time::DateTime>,
    /// The date and time when the item was modified. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub user_last_modified_date: Option<awsop::time::DateTime>,
    /// Indicates whether the user's account is enabled or disabled.
    pub enabled: Option<bool>,
    /// The user status. This can be one of the following:
    ///
    /// - `UNCONFIRMED`: User has been created but not confirmed.
    /// - `CONFIRMED`: User has been confirmed.
    /// - `EXTERNAL_PROVIDER`: User signed in with a third-party IdP.
    /// - `RESET_REQUIRED`: User is confirmed, but the user must request a code and reset their password before they can sign in.
    /// - `FORCE_CHANGE_PASSWORD`: The user is confirmed and the user can sign in using a temporary password, but on first sign-in, the user must change their password to a new value before doing anything else.
    ///
    /// The statuses `ARCHIVED`, `UNKNOWN`, and `COMPROMISED` are no longer used.
    pub user_status: Option<UserStatusType>,
    /// The user's MFA configuration.
    #[aws(rename = "MFAOptions")]
    pub mfa_options: Option<Vec<MfaOptionType>>,
}

/// The configuration of a user pool for username case sensitivity.
#[awsop::aws_shape(eq)]
pub struct UsernameConfigurationType {
    /// Specifies whether user name case sensitivity will be applied for all users in the user pool through Amazon Cognito APIs. For most use cases, set case sensitivity to `False` (case insensitive) as a best practice. When usernames and email addresses are case insensitive, users can sign in as the same user when they enter a different capitalization of their user name.
    ///
    /// Valid values include:
    ///
    /// **true**
    ///
    /// Enables case sensitivity for all username input. When this option is set to `true`, users must sign in using the exact capitalization of their given username, such as “UserName”. This is the default value.
    ///
    /// **false**
    ///
    /// Enables case insensitivity for all username input. For example, when this option is set to `false`, users can sign in using `username`, `USERNAME`, or `UserName`. This option also enables both `preferred_username` and `email` alias to be case insensitive, in addition to the `username` attribute.
    pub case_sensitive: bool,
}

/// The template for the verification message that your user pool delivers to users who set an email address or phone number attribute.
#[awsop::aws_shape(eq)]
pub struct VerificationMessageTemplateType {
    /// The template for SMS messages that Amazon Cognito sends to your users.
    pub sms_message: Option<String>,
    /// The template for email messages that Amazon Cognito sends to your users. You can set an `EmailMessage` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`. When your [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
    pub email_message: Option<String>,
    /// The subject line for the email message template. You can set an `EmailSubject` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`. When your [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
    pub email_subject: Option<String>,
    /// The email message template for sending a confirmation link to the user. You can set an `EmailMessageByLink` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`. When your [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
    pub email_message_by_link: Option<String>,
    /// The subject line for the email message template for sending a confirmation link to the user. You can set an `EmailSubjectByLink` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`. When your [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount) is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
    pub email_subject_by_link: Option<String>,
    /// The configuration of verification emails to contain a clickable link or a verification code.
    ///
    /// For link, your template body must contain link text in the format `{##Click here##}`. "Click here" in the example is a customizable string. For code, your template body must contain a code placeholder in the format `{####}`.
    pub default_email_option: Option<DefaultEmailOptionType>,
}

/// Settings for authentication (MFA) with passkey, or webauthN, biometric and security-key devices in a user pool. Configures the following:
///
/// - Configuration for requiring user-verification support in passkeys.
/// - The user pool relying-party ID. This is the domain, typically your user pool domain, that user's passkey providers should trust as a receiver of passkey authentication.
/// - The providers that you want to allow as origins for passkey authentication.
#[awsop::aws_shape(eq)]
pub struct WebAuthnConfigurationType {
    /// Sets or displays the authentication domain, typically your user pool domain, that passkey providers must use as a relying party (RP) in their configuration.
    ///
    /// Under the following conditions, the passkey relying party ID must be the fully-qualified domain name of your custom domain:
    ///
    /// - The user pool is configured for passkey authentication.
    /// - The user pool has a custom domain, whether or not it also has a prefix domain.
    /// - Your application performs authentication with managed login or the classic hosted UI.
    pub relying_party_id: Option<String>,
    /// When `required`, users can only register and sign in users with passkeys that are capable of [user verification](https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement). When `preferred`, your user pool doesn't require the use of authenticators with user verification but encourages it.
    pub user_verification: Option<UserVerificationType>,
    /// Sets whether passkeys can be used as multi-factor authentication (MFA). When set to `MULTI_FACTOR_WITH_USER_VERIFICATION`, passkey authentication with user verification satisfies MFA requirements. When set to `SINGLE_FACTOR` or not set, passkeys are a single authentication factor. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or higher.
    pub factor_configuration: Option<WebAuthnFactorConfigurationType>,
}

/// The details of a passkey, or webauthN, biometric or security-key authentication factor for a user.
#[awsop::aws_shape(output, eq)]
pub struct WebAuthnCredentialDescription {
    /// The unique identifier of the passkey credential.
    pub credential_id: String,
    /// An automatically-generated friendly name for the passkey credential.
    pub friendly_credential_name: String,
    /// The relying-party ID of the provider for the passkey credential.
    pub relying_party_id: String,
    /// The general category of the passkey authenticator. Can be a platform, or on-device authenticator like a built-in fingerprint scanner, or a cross-platform device that's not attached to the device like a Bluetooth security key.
    pub authenticator_attachment: Option<String>,
    /// Information about the transport methods of the passkey credential, for example USB or Bluetooth Low Energy.
    pub authenticator_transports: Vec<String>,
    /// The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX epoch time format. Your SDK might render the output in a human-readable format like ISO 8601 or a Java `Date` object.
    pub created_at: awsop::time::DateTime,
}

/// A user's preference for using passkey, or WebAuthn, multi-factor authentication (MFA). Turns passkey MFA on and off for the user. Unlike other MFA settings types, this type doesn't include a `PreferredMfa` option because passkey MFA applies only when passkey is the first authentication factor.
#[awsop::aws_shape(eq)]
pub struct WebAuthnMfaSettingsType {
    /// Specifies whether passkey MFA is activated for a user. When activated, the user's passkey authentication requires user verification, and passkey sign-in is available when MFA is required. The user must also have at least one other MFA method such as SMS, TOTP, or email activated to prevent account lockout.
    pub enabled: Option<bool>,
}
