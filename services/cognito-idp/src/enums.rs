//! The enums of wire values.

/// The values of `AccountTakeoverEventActionType`.
#[awsop::aws_enum]
pub enum AccountTakeoverEventActionType {
    /// `BLOCK`
    #[aws(value = "BLOCK")]
    Block,
    /// `MFA_IF_CONFIGURED`
    #[aws(value = "MFA_IF_CONFIGURED")]
    MfaIfConfigured,
    /// `MFA_REQUIRED`
    #[aws(value = "MFA_REQUIRED")]
    MfaRequired,
    /// `NO_ACTION`
    #[aws(value = "NO_ACTION")]
    NoAction,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AdvancedSecurityEnabledModeType`.
#[awsop::aws_enum]
pub enum AdvancedSecurityEnabledModeType {
    /// `AUDIT`
    #[aws(value = "AUDIT")]
    Audit,
    /// `ENFORCED`
    #[aws(value = "ENFORCED")]
    Enforced,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AdvancedSecurityModeType`.
#[awsop::aws_enum]
pub enum AdvancedSecurityModeType {
    /// `OFF`
    #[aws(value = "OFF")]
    Off,
    /// `AUDIT`
    #[aws(value = "AUDIT")]
    Audit,
    /// `ENFORCED`
    #[aws(value = "ENFORCED")]
    Enforced,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AliasAttributeType`.
#[awsop::aws_enum]
pub enum AliasAttributeType {
    /// `phone_number`
    #[aws(value = "phone_number")]
    PhoneNumber,
    /// `email`
    #[aws(value = "email")]
    Email,
    /// `preferred_username`
    #[aws(value = "preferred_username")]
    PreferredUsername,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AssetCategoryType`.
#[awsop::aws_enum]
pub enum AssetCategoryType {
    /// `FAVICON_ICO`
    #[aws(value = "FAVICON_ICO")]
    FaviconIco,
    /// `FAVICON_SVG`
    #[aws(value = "FAVICON_SVG")]
    FaviconSvg,
    /// `EMAIL_GRAPHIC`
    #[aws(value = "EMAIL_GRAPHIC")]
    EmailGraphic,
    /// `SMS_GRAPHIC`
    #[aws(value = "SMS_GRAPHIC")]
    SmsGraphic,
    /// `AUTH_APP_GRAPHIC`
    #[aws(value = "AUTH_APP_GRAPHIC")]
    AuthAppGraphic,
    /// `PASSWORD_GRAPHIC`
    #[aws(value = "PASSWORD_GRAPHIC")]
    PasswordGraphic,
    /// `PASSKEY_GRAPHIC`
    #[aws(value = "PASSKEY_GRAPHIC")]
    PasskeyGraphic,
    /// `PAGE_HEADER_LOGO`
    #[aws(value = "PAGE_HEADER_LOGO")]
    PageHeaderLogo,
    /// `PAGE_HEADER_BACKGROUND`
    #[aws(value = "PAGE_HEADER_BACKGROUND")]
    PageHeaderBackground,
    /// `PAGE_FOOTER_LOGO`
    #[aws(value = "PAGE_FOOTER_LOGO")]
    PageFooterLogo,
    /// `PAGE_FOOTER_BACKGROUND`
    #[aws(value = "PAGE_FOOTER_BACKGROUND")]
    PageFooterBackground,
    /// `PAGE_BACKGROUND`
    #[aws(value = "PAGE_BACKGROUND")]
    PageBackground,
    /// `FORM_BACKGROUND`
    #[aws(value = "FORM_BACKGROUND")]
    FormBackground,
    /// `FORM_LOGO`
    #[aws(value = "FORM_LOGO")]
    FormLogo,
    /// `IDP_BUTTON_ICON`
    #[aws(value = "IDP_BUTTON_ICON")]
    IdpButtonIcon,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AssetExtensionType`.
#[awsop::aws_enum]
pub enum AssetExtensionType {
    /// `ICO`
    #[aws(value = "ICO")]
    Ico,
    /// `JPEG`
    #[aws(value = "JPEG")]
    Jpeg,
    /// `PNG`
    #[aws(value = "PNG")]
    Png,
    /// `SVG`
    #[aws(value = "SVG")]
    Svg,
    /// `WEBP`
    #[aws(value = "WEBP")]
    Webp,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AttributeDataType`.
#[awsop::aws_enum]
pub enum AttributeDataType {
    /// `String`
    #[aws(value = "String")]
    String,
    /// `Number`
    #[aws(value = "Number")]
    Number,
    /// `DateTime`
    #[aws(value = "DateTime")]
    DateTime,
    /// `Boolean`
    #[aws(value = "Boolean")]
    Boolean,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AuthFactorType`.
#[awsop::aws_enum]
pub enum AuthFactorType {
    /// `PASSWORD`
    #[aws(value = "PASSWORD")]
    Password,
    /// `EMAIL_OTP`
    #[aws(value = "EMAIL_OTP")]
    EmailOtp,
    /// `SMS_OTP`
    #[aws(value = "SMS_OTP")]
    SmsOtp,
    /// `WEB_AUTHN`
    #[aws(value = "WEB_AUTHN")]
    WebAuthn,
    /// `SOFTWARE_TOKEN`
    #[aws(value = "SOFTWARE_TOKEN")]
    SoftwareToken,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `AuthFlowType`.
#[awsop::aws_enum]
pub enum AuthFlowType {
    /// `USER_SRP_AUTH`
    #[aws(value = "USER_SRP_AUTH")]
    UserSrpAuth,
    /// `REFRESH_TOKEN_AUTH`
    #[aws(value = "REFRESH_TOKEN_AUTH")]
    RefreshTokenAuth,
    /// `REFRESH_TOKEN`
    #[aws(value = "REFRESH_TOKEN")]
    RefreshToken,
    /// `CUSTOM_AUTH`
    #[aws(value = "CUSTOM_AUTH")]
    CustomAuth,
    /// `ADMIN_NO_SRP_AUTH`
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    /// `USER_PASSWORD_AUTH`
    #[aws(value = "USER_PASSWORD_AUTH")]
    UserPasswordAuth,
    /// `ADMIN_USER_PASSWORD_AUTH`
    #[aws(value = "ADMIN_USER_PASSWORD_AUTH")]
    AdminUserPasswordAuth,
    /// `USER_AUTH`
    #[aws(value = "USER_AUTH")]
    UserAuth,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CIMDCacheActionType`.
#[awsop::aws_enum]
pub enum CimdCacheActionType {
    /// `REFRESH`
    #[aws(value = "REFRESH")]
    Refresh,
    /// `INVALIDATE`
    #[aws(value = "INVALIDATE")]
    Invalidate,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ChallengeName`.
#[awsop::aws_enum]
pub enum ChallengeName {
    /// `Password`
    #[aws(value = "Password")]
    Password,
    /// `Mfa`
    #[aws(value = "Mfa")]
    Mfa,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ChallengeNameType`.
#[awsop::aws_enum]
pub enum ChallengeNameType {
    /// `SMS_MFA`
    #[aws(value = "SMS_MFA")]
    SmsMfa,
    /// `EMAIL_OTP`
    #[aws(value = "EMAIL_OTP")]
    EmailOtp,
    /// `SOFTWARE_TOKEN_MFA`
    #[aws(value = "SOFTWARE_TOKEN_MFA")]
    SoftwareTokenMfa,
    /// `SELECT_MFA_TYPE`
    #[aws(value = "SELECT_MFA_TYPE")]
    SelectMfaType,
    /// `MFA_SETUP`
    #[aws(value = "MFA_SETUP")]
    MfaSetup,
    /// `PASSWORD_VERIFIER`
    #[aws(value = "PASSWORD_VERIFIER")]
    PasswordVerifier,
    /// `CUSTOM_CHALLENGE`
    #[aws(value = "CUSTOM_CHALLENGE")]
    CustomChallenge,
    /// `SELECT_CHALLENGE`
    #[aws(value = "SELECT_CHALLENGE")]
    SelectChallenge,
    /// `DEVICE_SRP_AUTH`
    #[aws(value = "DEVICE_SRP_AUTH")]
    DeviceSrpAuth,
    /// `DEVICE_PASSWORD_VERIFIER`
    #[aws(value = "DEVICE_PASSWORD_VERIFIER")]
    DevicePasswordVerifier,
    /// `ADMIN_NO_SRP_AUTH`
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    /// `NEW_PASSWORD_REQUIRED`
    #[aws(value = "NEW_PASSWORD_REQUIRED")]
    NewPasswordRequired,
    /// `SMS_OTP`
    #[aws(value = "SMS_OTP")]
    SmsOtp,
    /// `PASSWORD`
    #[aws(value = "PASSWORD")]
    Password,
    /// `WEB_AUTHN`
    #[aws(value = "WEB_AUTHN")]
    WebAuthn,
    /// `PASSWORD_SRP`
    #[aws(value = "PASSWORD_SRP")]
    PasswordSrp,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ChallengeResponse`.
#[awsop::aws_enum]
pub enum ChallengeResponse {
    /// `Success`
    #[aws(value = "Success")]
    Success,
    /// `Failure`
    #[aws(value = "Failure")]
    Failure,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ClientTypeType`.
#[awsop::aws_enum]
pub enum ClientTypeType {
    /// `REGULAR`
    #[aws(value = "REGULAR")]
    Regular,
    /// `DCR`
    #[aws(value = "DCR")]
    Dcr,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ColorSchemeModeType`.
#[awsop::aws_enum]
pub enum ColorSchemeModeType {
    /// `LIGHT`
    #[aws(value = "LIGHT")]
    Light,
    /// `DARK`
    #[aws(value = "DARK")]
    Dark,
    /// `DYNAMIC`
    #[aws(value = "DYNAMIC")]
    Dynamic,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CompromisedCredentialsEventActionType`.
#[awsop::aws_enum]
pub enum CompromisedCredentialsEventActionType {
    /// `BLOCK`
    #[aws(value = "BLOCK")]
    Block,
    /// `NO_ACTION`
    #[aws(value = "NO_ACTION")]
    NoAction,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CustomEmailSenderLambdaVersionType`.
#[awsop::aws_enum]
pub enum CustomEmailSenderLambdaVersionType {
    /// `V1_0`
    #[aws(value = "V1_0")]
    V1_0,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `CustomSMSSenderLambdaVersionType`.
#[awsop::aws_enum]
pub enum CustomSmsSenderLambdaVersionType {
    /// `V1_0`
    #[aws(value = "V1_0")]
    V1_0,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DefaultEmailOptionType`.
#[awsop::aws_enum]
pub enum DefaultEmailOptionType {
    /// `CONFIRM_WITH_LINK`
    #[aws(value = "CONFIRM_WITH_LINK")]
    ConfirmWithLink,
    /// `CONFIRM_WITH_CODE`
    #[aws(value = "CONFIRM_WITH_CODE")]
    ConfirmWithCode,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DeletionProtectionType`.
#[awsop::aws_enum]
pub enum DeletionProtectionType {
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[aws(value = "INACTIVE")]
    Inactive,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DeliveryMediumType`.
#[awsop::aws_enum]
pub enum DeliveryMediumType {
    /// `SMS`
    #[aws(value = "SMS")]
    Sms,
    /// `EMAIL`
    #[aws(value = "EMAIL")]
    Email,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DeviceRememberedStatusType`.
#[awsop::aws_enum]
pub enum DeviceRememberedStatusType {
    /// `remembered`
    #[aws(value = "remembered")]
    Remembered,
    /// `not_remembered`
    #[aws(value = "not_remembered")]
    NotRemembered,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `DomainStatusType`.
#[awsop::aws_enum]
pub enum DomainStatusType {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// `UPDATING`
    #[aws(value = "UPDATING")]
    Updating,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EmailSendingAccountType`.
#[awsop::aws_enum]
pub enum EmailSendingAccountType {
    /// `COGNITO_DEFAULT`
    #[aws(value = "COGNITO_DEFAULT")]
    CognitoDefault,
    /// `DEVELOPER`
    #[aws(value = "DEVELOPER")]
    Developer,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EncryptionKeyType`.
#[awsop::aws_enum]
pub enum EncryptionKeyType {
    /// `AWS_OWNED_KEY`
    #[aws(value = "AWS_OWNED_KEY")]
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KEY`
    #[aws(value = "CUSTOMER_MANAGED_KEY")]
    CustomerManagedKey,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EventFilterType`.
#[awsop::aws_enum]
pub enum EventFilterType {
    /// `SIGN_IN`
    #[aws(value = "SIGN_IN")]
    SignIn,
    /// `PASSWORD_CHANGE`
    #[aws(value = "PASSWORD_CHANGE")]
    PasswordChange,
    /// `SIGN_UP`
    #[aws(value = "SIGN_UP")]
    SignUp,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EventResponseType`.
#[awsop::aws_enum]
pub enum EventResponseType {
    /// `Pass`
    #[aws(value = "Pass")]
    Pass,
    /// `Fail`
    #[aws(value = "Fail")]
    Fail,
    /// `InProgress`
    #[aws(value = "InProgress")]
    InProgress,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EventSourceName`.
#[awsop::aws_enum]
pub enum EventSourceName {
    /// `userNotification`
    #[aws(value = "userNotification")]
    UserNotification,
    /// `userAuthEvents`
    #[aws(value = "userAuthEvents")]
    UserAuthEvents,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `EventType`.
#[awsop::aws_enum]
pub enum EventType {
    /// `SignIn`
    #[aws(value = "SignIn")]
    SignIn,
    /// `SignUp`
    #[aws(value = "SignUp")]
    SignUp,
    /// `ForgotPassword`
    #[aws(value = "ForgotPassword")]
    ForgotPassword,
    /// `PasswordChange`
    #[aws(value = "PasswordChange")]
    PasswordChange,
    /// `ResendCode`
    #[aws(value = "ResendCode")]
    ResendCode,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ExplicitAuthFlowsType`.
#[awsop::aws_enum]
pub enum ExplicitAuthFlowsType {
    /// `ADMIN_NO_SRP_AUTH`
    #[aws(value = "ADMIN_NO_SRP_AUTH")]
    AdminNoSrpAuth,
    /// `CUSTOM_AUTH_FLOW_ONLY`
    #[aws(value = "CUSTOM_AUTH_FLOW_ONLY")]
    CustomAuthFlowOnly,
    /// `USER_PASSWORD_AUTH`
    #[aws(value = "USER_PASSWORD_AUTH")]
    UserPasswordAuth,
    /// `ALLOW_ADMIN_USER_PASSWORD_AUTH`
    #[aws(value = "ALLOW_ADMIN_USER_PASSWORD_AUTH")]
    AllowAdminUserPasswordAuth,
    /// `ALLOW_CUSTOM_AUTH`
    #[aws(value = "ALLOW_CUSTOM_AUTH")]
    AllowCustomAuth,
    /// `ALLOW_USER_PASSWORD_AUTH`
    #[aws(value = "ALLOW_USER_PASSWORD_AUTH")]
    AllowUserPasswordAuth,
    /// `ALLOW_USER_SRP_AUTH`
    #[aws(value = "ALLOW_USER_SRP_AUTH")]
    AllowUserSrpAuth,
    /// `ALLOW_REFRESH_TOKEN_AUTH`
    #[aws(value = "ALLOW_REFRESH_TOKEN_AUTH")]
    AllowRefreshTokenAuth,
    /// `ALLOW_USER_AUTH`
    #[aws(value = "ALLOW_USER_AUTH")]
    AllowUserAuth,
    /// `ALLOW_TOKEN_EXCHANGE_DELEGATION`
    #[aws(value = "ALLOW_TOKEN_EXCHANGE_DELEGATION")]
    AllowTokenExchangeDelegation,
    /// `ALLOW_TOKEN_EXCHANGE_IMPERSONATION`
    #[aws(value = "ALLOW_TOKEN_EXCHANGE_IMPERSONATION")]
    AllowTokenExchangeImpersonation,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `FeatureType`.
#[awsop::aws_enum]
pub enum FeatureType {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `FeedbackValueType`.
#[awsop::aws_enum]
pub enum FeedbackValueType {
    /// `Valid`
    #[aws(value = "Valid")]
    Valid,
    /// `Invalid`
    #[aws(value = "Invalid")]
    Invalid,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `IdentityProviderTypeType`.
#[awsop::aws_enum]
pub enum IdentityProviderTypeType {
    /// `SAML`
    #[aws(value = "SAML")]
    Saml,
    /// `Facebook`
    #[aws(value = "Facebook")]
    Facebook,
    /// `Google`
    #[aws(value = "Google")]
    Google,
    /// `LoginWithAmazon`
    #[aws(value = "LoginWithAmazon")]
    LoginWithAmazon,
    /// `SignInWithApple`
    #[aws(value = "SignInWithApple")]
    SignInWithApple,
    /// `OIDC`
    #[aws(value = "OIDC")]
    Oidc,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `InboundFederationLambdaVersionType`.
#[awsop::aws_enum]
pub enum InboundFederationLambdaVersionType {
    /// `V1_0`
    #[aws(value = "V1_0")]
    V1_0,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `IssuedTokenTypeIdentifierType`.
#[awsop::aws_enum]
pub enum IssuedTokenTypeIdentifierType {
    /// `ACCESS_TOKEN`
    #[aws(value = "ACCESS_TOKEN")]
    AccessToken,
    /// `ID_TOKEN`
    #[aws(value = "ID_TOKEN")]
    IdToken,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `IssuerType`.
#[awsop::aws_enum]
pub enum IssuerType {
    /// `ORIGINAL`
    #[aws(value = "ORIGINAL")]
    Original,
    /// `UPDATED`
    #[aws(value = "UPDATED")]
    Updated,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `LimitClass`.
#[awsop::aws_enum]
pub enum LimitClass {
    /// `API_CATEGORY`
    #[aws(value = "API_CATEGORY")]
    ApiCategory,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `LogLevel`.
#[awsop::aws_enum]
pub enum LogLevel {
    /// `ERROR`
    #[aws(value = "ERROR")]
    Error,
    /// `INFO`
    #[aws(value = "INFO")]
    Info,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `MessageActionType`.
#[awsop::aws_enum]
pub enum MessageActionType {
    /// `RESEND`
    #[aws(value = "RESEND")]
    Resend,
    /// `SUPPRESS`
    #[aws(value = "SUPPRESS")]
    Suppress,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `OAuthFlowType`.
#[awsop::aws_enum]
pub enum OAuthFlowType {
    /// `code`
    #[aws(value = "code")]
    Code,
    /// `implicit`
    #[aws(value = "implicit")]
    Implicit,
    /// `client_credentials`
    #[aws(value = "client_credentials")]
    ClientCredentials,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `OAuthTokenTypeType`.
#[awsop::aws_enum]
pub enum OAuthTokenTypeType {
    /// `Bearer`
    #[aws(value = "Bearer")]
    Bearer,
    /// `N_A`
    #[aws(value = "N_A")]
    NA,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `PasswordHashingAlgorithmType`.
#[awsop::aws_enum]
pub enum PasswordHashingAlgorithmType {
    /// `BCRYPT`
    #[aws(value = "BCRYPT")]
    Bcrypt,
    /// `SCRYPT`
    #[aws(value = "SCRYPT")]
    Scrypt,
    /// `ARGON2ID`
    #[aws(value = "ARGON2ID")]
    Argon2Id,
    /// `PBKDF2_SHA256`
    #[aws(value = "PBKDF2_SHA256")]
    Pbkdf2Sha256,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `PreTokenGenerationLambdaVersionType`.
#[awsop::aws_enum]
pub enum PreTokenGenerationLambdaVersionType {
    /// `V1_0`
    #[aws(value = "V1_0")]
    V1_0,
    /// `V2_0`
    #[aws(value = "V2_0")]
    V2_0,
    /// `V3_0`
    #[aws(value = "V3_0")]
    V3_0,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `PreventUserExistenceErrorTypes`.
#[awsop::aws_enum]
pub enum PreventUserExistenceErrorTypes {
    /// `LEGACY`
    #[aws(value = "LEGACY")]
    Legacy,
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `RecoveryOptionNameType`.
#[awsop::aws_enum]
pub enum RecoveryOptionNameType {
    /// `verified_email`
    #[aws(value = "verified_email")]
    VerifiedEmail,
    /// `verified_phone_number`
    #[aws(value = "verified_phone_number")]
    VerifiedPhoneNumber,
    /// `admin_only`
    #[aws(value = "admin_only")]
    AdminOnly,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReplicaRoleType`.
#[awsop::aws_enum]
pub enum ReplicaRoleType {
    /// `PRIMARY`
    #[aws(value = "PRIMARY")]
    Primary,
    /// `SECONDARY`
    #[aws(value = "SECONDARY")]
    Secondary,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ReplicaStatusType`.
#[awsop::aws_enum]
pub enum ReplicaStatusType {
    /// `CREATING`
    #[aws(value = "CREATING")]
    Creating,
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[aws(value = "INACTIVE")]
    Inactive,
    /// `DELETING`
    #[aws(value = "DELETING")]
    Deleting,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `ResourceServerManagedByType`.
#[awsop::aws_enum]
pub enum ResourceServerManagedByType {
    /// `COGNITO`
    #[aws(value = "COGNITO")]
    Cognito,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `RestoreStatusType`.
#[awsop::aws_enum]
pub enum RestoreStatusType {
    /// `PREVIEW_GENERATING`
    #[aws(value = "PREVIEW_GENERATING")]
    PreviewGenerating,
    /// `PREVIEW_GENERATED`
    #[aws(value = "PREVIEW_GENERATED")]
    PreviewGenerated,
    /// `PREVIEW_CANCELLED`
    #[aws(value = "PREVIEW_CANCELLED")]
    PreviewCancelled,
    /// `PREVIEW_GENERATION_FAILED`
    #[aws(value = "PREVIEW_GENERATION_FAILED")]
    PreviewGenerationFailed,
    /// `PREVIEW_EXPIRED`
    #[aws(value = "PREVIEW_EXPIRED")]
    PreviewExpired,
    /// `RESTORING`
    #[aws(value = "RESTORING")]
    Restoring,
    /// `RESTORE_COMPLETED`
    #[aws(value = "RESTORE_COMPLETED")]
    RestoreCompleted,
    /// `TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE`
    #[aws(value = "TEMPORARY_INTERNAL_ERROR_SEE_SUPPORT_CASE")]
    TemporaryInternalErrorSeeSupportCase,
    /// `AWS_ABORTED`
    #[aws(value = "AWS_ABORTED")]
    AwsAborted,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// Controls whether revoking a session also revokes the sessions that are linked to it. `NONE` revokes only the targeted session. `LINKED` also revokes the directly linked session or sessions, interpreted relative to the type of the targeted session: revoking a token session also revokes the parent SSO session it came through, and revoking an SSO session also revokes the token sessions that came through it. The set of linked sessions is eventually consistent, so associated sessions are typically revoked within a few seconds.
#[awsop::aws_enum]
pub enum RevokeAssociatedSessionsType {
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// `LINKED`
    #[aws(value = "LINKED")]
    Linked,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `RiskDecisionType`.
#[awsop::aws_enum]
pub enum RiskDecisionType {
    /// `NoRisk`
    #[aws(value = "NoRisk")]
    NoRisk,
    /// `AccountTakeover`
    #[aws(value = "AccountTakeover")]
    AccountTakeover,
    /// `Block`
    #[aws(value = "Block")]
    Block,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `RiskLevelType`.
#[awsop::aws_enum]
pub enum RiskLevelType {
    /// `Low`
    #[aws(value = "Low")]
    Low,
    /// `Medium`
    #[aws(value = "Medium")]
    Medium,
    /// `High`
    #[aws(value = "High")]
    High,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `SecurityPolicyType`.
#[awsop::aws_enum]
pub enum SecurityPolicyType {
    /// `TLS_V1`
    #[aws(value = "TLS_V1")]
    TlsV1,
    /// `TLS_V1_2_2021`
    #[aws(value = "TLS_V1_2_2021")]
    TlsV1_2_2021,
    /// `TLS_V1_3_2025`
    #[aws(value = "TLS_V1_3_2025")]
    TlsV1_3_2025,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The type of a user session. `TOKEN` identifies a token session, which represents an app's authenticated session for a user and is tied to a refresh token. `SSO` identifies an SSO session, which is a single sign-on (SSO) session that records an authentication through managed login and can let the user sign in to other apps without re-authenticating.
#[awsop::aws_enum]
pub enum SessionTypeType {
    /// `TOKEN`
    #[aws(value = "TOKEN")]
    Token,
    /// `SSO`
    #[aws(value = "SSO")]
    Sso,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `StatusType`.
#[awsop::aws_enum]
pub enum StatusType {
    /// `Enabled`
    #[aws(value = "Enabled")]
    Enabled,
    /// `Disabled`
    #[aws(value = "Disabled")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TermsEnforcementType`.
#[awsop::aws_enum]
pub enum TermsEnforcementType {
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TermsSourceType`.
#[awsop::aws_enum]
pub enum TermsSourceType {
    /// `LINK`
    #[aws(value = "LINK")]
    Link,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TimeUnitsType`.
#[awsop::aws_enum]
pub enum TimeUnitsType {
    /// `seconds`
    #[aws(value = "seconds")]
    Seconds,
    /// `minutes`
    #[aws(value = "minutes")]
    Minutes,
    /// `hours`
    #[aws(value = "hours")]
    Hours,
    /// `days`
    #[aws(value = "days")]
    Days,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `TokenTypeIdentifierType`.
#[awsop::aws_enum]
pub enum TokenTypeIdentifierType {
    /// `ACCESS_TOKEN`
    #[aws(value = "ACCESS_TOKEN")]
    AccessToken,
    /// `ID_TOKEN`
    #[aws(value = "ID_TOKEN")]
    IdToken,
    /// `SAML2`
    #[aws(value = "SAML2")]
    Saml2,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UpdateReplicaStatusType`.
#[awsop::aws_enum]
pub enum UpdateReplicaStatusType {
    /// `ACTIVE`
    #[aws(value = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[aws(value = "INACTIVE")]
    Inactive,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserImportJobStatusType`.
#[awsop::aws_enum]
pub enum UserImportJobStatusType {
    /// `Created`
    #[aws(value = "Created")]
    Created,
    /// `Pending`
    #[aws(value = "Pending")]
    Pending,
    /// `InProgress`
    #[aws(value = "InProgress")]
    InProgress,
    /// `Stopping`
    #[aws(value = "Stopping")]
    Stopping,
    /// `Expired`
    #[aws(value = "Expired")]
    Expired,
    /// `Stopped`
    #[aws(value = "Stopped")]
    Stopped,
    /// `Failed`
    #[aws(value = "Failed")]
    Failed,
    /// `Succeeded`
    #[aws(value = "Succeeded")]
    Succeeded,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserPoolMfaType`.
#[awsop::aws_enum]
pub enum UserPoolMfaType {
    /// `OFF`
    #[aws(value = "OFF")]
    Off,
    /// `ON`
    #[aws(value = "ON")]
    On,
    /// `OPTIONAL`
    #[aws(value = "OPTIONAL")]
    Optional,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserPoolTierType`.
#[awsop::aws_enum]
pub enum UserPoolTierType {
    /// `LITE`
    #[aws(value = "LITE")]
    Lite,
    /// `ESSENTIALS`
    #[aws(value = "ESSENTIALS")]
    Essentials,
    /// `PLUS`
    #[aws(value = "PLUS")]
    Plus,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserSessionTrackingType`.
#[awsop::aws_enum]
pub enum UserSessionTrackingType {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[aws(value = "DISABLED")]
    Disabled,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserStatusType`.
#[awsop::aws_enum]
pub enum UserStatusType {
    /// `UNCONFIRMED`
    #[aws(value = "UNCONFIRMED")]
    Unconfirmed,
    /// `CONFIRMED`
    #[aws(value = "CONFIRMED")]
    Confirmed,
    /// `ARCHIVED`
    #[aws(value = "ARCHIVED")]
    Archived,
    /// `COMPROMISED`
    #[aws(value = "COMPROMISED")]
    Compromised,
    /// `UNKNOWN`
    #[aws(value = "UNKNOWN")]
    UnknownValue,
    /// `RESET_REQUIRED`
    #[aws(value = "RESET_REQUIRED")]
    ResetRequired,
    /// `FORCE_CHANGE_PASSWORD`
    #[aws(value = "FORCE_CHANGE_PASSWORD")]
    ForceChangePassword,
    /// `EXTERNAL_PROVIDER`
    #[aws(value = "EXTERNAL_PROVIDER")]
    ExternalProvider,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UserVerificationType`.
#[awsop::aws_enum]
pub enum UserVerificationType {
    /// `required`
    #[aws(value = "required")]
    Required,
    /// `preferred`
    #[aws(value = "preferred")]
    Preferred,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `UsernameAttributeType`.
#[awsop::aws_enum]
pub enum UsernameAttributeType {
    /// `phone_number`
    #[aws(value = "phone_number")]
    PhoneNumber,
    /// `email`
    #[aws(value = "email")]
    Email,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `VerifiedAttributeType`.
#[awsop::aws_enum]
pub enum VerifiedAttributeType {
    /// `phone_number`
    #[aws(value = "phone_number")]
    PhoneNumber,
    /// `email`
    #[aws(value = "email")]
    Email,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The values of `VerifySoftwareTokenResponseType`.
#[awsop::aws_enum]
pub enum VerifySoftwareTokenResponseType {
    /// `SUCCESS`
    #[aws(value = "SUCCESS")]
    Success,
    /// `ERROR`
    #[aws(value = "ERROR")]
    Error,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}

/// The configuration of passkey authentication as a single factor or a multi-factor authentication (MFA) method. When set to `MULTI_FACTOR_WITH_USER_VERIFICATION`, your user pool requires passkey authenticators to perform [user verification](https://www.w3.org/TR/webauthn-2/#user-verification), for example a biometric or PIN. User verification combined with the passkey constitutes multi-factor authentication. When set to `SINGLE_FACTOR`, passkeys are a single authentication factor.
#[awsop::aws_enum]
pub enum WebAuthnFactorConfigurationType {
    /// `SINGLE_FACTOR`
    #[aws(value = "SINGLE_FACTOR")]
    SingleFactor,
    /// `MULTI_FACTOR_WITH_USER_VERIFICATION`
    #[aws(value = "MULTI_FACTOR_WITH_USER_VERIFICATION")]
    MultiFactorWithUserVerification,
    /// A value this model does not list (one added after it), as sent.
    #[aws(other)]
    Unknown(String),
}
