//! An operation, its output and its errors, annotated as a user would, and
//! checked through the runtime's public API: the exact JSON bodies, the
//! exact redacted `Debug`, decoding, errors and value semantics.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use awsop::error::{ErrorMeta, OperationError, RetryKind, UnhandledError};
use awsop::operation::{Auth, Operation};
use awsop::protocol::{ResponseFailure, build_request, decode_response};
use awsop::sensitive::{Scrubber, VisitSecrets};
use awsop::wire::{Document, from_slice, to_vec};
use awsop::{Sensitive, aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};

/// Amazon Cognito user pools.
#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "AWSCognitoIdentityProviderService",
    endpoint_prefix = "cognito-idp",
    signing_name = "cognito-idp",
    service_id = "Cognito Identity Provider",
)]
pub struct CognitoIdentityProvider;

/// Begins setup of time-based one-time password (TOTP) MFA.
#[aws_operation(
    service = CognitoIdentityProvider,
    target = "AssociateSoftwareToken",
    output = AssociateSoftwareTokenResponse,
    error = AssociateSoftwareTokenError,
    auth = none,
)]
pub struct AssociateSoftwareToken {
    /// A valid access token.
    pub access_token: Option<Sensitive<String>>,
    /// The session from a previous challenge.
    #[aws(sensitive)]
    pub session: Option<String>,
}

/// The response to `AssociateSoftwareToken`.
#[aws_shape]
pub struct AssociateSoftwareTokenResponse {
    /// The TOTP secret.
    pub secret_code: Option<Sensitive<String>>,
    /// The session.
    pub session: Option<Sensitive<String>>,
    /// The HTTP status.
    #[aws(http_status)]
    pub http_status: u16,
    /// The request id.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// The user is not authorized.
#[aws_exception]
pub struct NotAuthorizedException {
    /// The message.
    pub message: Option<String>,
}

/// Too many requests.
#[aws_exception(throttling)]
pub struct TooManyRequestsException {
    /// The message.
    pub message: Option<String>,
}

/// The errors of `AssociateSoftwareToken`.
#[aws_error]
pub enum AssociateSoftwareTokenError {
    /// Not authorized.
    NotAuthorizedException(NotAuthorizedException),
    /// Throttled.
    #[aws(code = "TooManyRequestsException")]
    TooMany(TooManyRequestsException),
    /// Any other code.
    #[aws(other)]
    Unhandled(UnhandledError),
}

/// A challenge.
#[aws_enum]
pub enum ChallengeNameType {
    /// SMS.
    #[aws(value = "SMS_MFA")]
    SmsMfa,
    /// TOTP.
    #[aws(value = "SOFTWARE_TOKEN_MFA")]
    SoftwareTokenMfa,
    /// Any other value.
    #[aws(other)]
    Unknown(String),
}

fn json(bytes: &[u8]) -> Document {
    from_slice(bytes).unwrap()
}

#[test]
fn bodies_omit_absent_members() {
    let none = AssociateSoftwareToken::new();
    assert_eq!(json(&to_vec(&none).unwrap()), json(b"{}"));
    let one = AssociateSoftwareToken::new().access_token("t");
    assert_eq!(
        json(&to_vec(&one).unwrap()),
        json(br#"{"AccessToken":"t"}"#)
    );
    let both = AssociateSoftwareToken::new().access_token("t").session("s");
    assert_eq!(
        json(&to_vec(&both).unwrap()),
        json(br#"{"AccessToken":"t","Session":"s"}"#)
    );
    // Members in declaration order.
    assert_eq!(
        to_vec(&both).unwrap(),
        br#"{"AccessToken":"t","Session":"s"}"#
    );
    let req = build_request(&both, "https://cognito-idp.us-east-1.amazonaws.com").unwrap();
    assert_eq!(
        req.headers()["x-amz-target"],
        "AWSCognitoIdentityProviderService.AssociateSoftwareToken"
    );
    assert_eq!(req.headers()["content-type"], "application/x-amz-json-1.1");
}

#[test]
fn operation_constants() {
    assert_eq!(AssociateSoftwareToken::NAME, "AssociateSoftwareToken");
    assert_eq!(
        AssociateSoftwareToken::TARGET,
        "AWSCognitoIdentityProviderService.AssociateSoftwareToken"
    );
    assert_eq!(AssociateSoftwareToken::AUTH, Auth::None);
    assert_eq!(
        AssociateSoftwareToken::SERVICE.target_prefix,
        "AWSCognitoIdentityProviderService"
    );
    assert_eq!(AssociateSoftwareToken::SERVICE.signing_name, "cognito-idp");
}

#[test]
fn debug_redacts_exactly() {
    let op = AssociateSoftwareToken::new().access_token("t").session("s");
    assert_eq!(
        format!("{op:?}"),
        "AssociateSoftwareToken { access_token: Some(<redacted>), session: Some(<redacted>) }"
    );
    assert_eq!(
        format!("{:?}", AssociateSoftwareToken::default()),
        "AssociateSoftwareToken { access_token: None, session: None }"
    );
    let mut secrets = Vec::new();
    op.sensitive_strings(&mut |s| secrets.push(s.to_owned()));
    assert_eq!(secrets, ["t", "s"]);
}

/// A header map, without a dependency on `http`: taken from a built request.
macro_rules! headers {
    ($($k:literal => $v:literal),* $(,)?) => {{
        let mut h = build_request(&AssociateSoftwareToken::new(), "https://example.com")
            .unwrap()
            .headers()
            .clone();
        h.clear();
        $(h.insert($k, $v.parse().unwrap());)*
        h
    }};
}

#[test]
fn responses_decode_with_status_and_request_id() {
    let h = headers!("content-type" => "application/x-amz-json-1.1", "x-amzn-requestid" => "req-1");
    let out = decode_response::<AssociateSoftwareToken>(
        200,
        &h,
        br#"{"SecretCode":"ABCD","Session":"sess","Extra":{"x":[1]}}"#,
        &[],
    )
    .unwrap();
    assert_eq!(out.secret_code.as_ref().unwrap().expose(), "ABCD");
    assert_eq!(out.session.as_ref().unwrap().expose(), "sess");
    assert_eq!(out.http_status, 200);
    assert_eq!(out.request_id.as_deref(), Some("req-1"));
    assert_eq!(
        format!("{out:?}"),
        "AssociateSoftwareTokenResponse { secret_code: Some(<redacted>), session: Some(<redacted>), http_status: 200, request_id: Some(\"req-1\") }"
    );
    // An empty body reads as `{}`; `null` is absent.
    let out = decode_response::<AssociateSoftwareToken>(200, &h, b"", &[]).unwrap();
    assert!(out.secret_code.is_none());
    let out: AssociateSoftwareTokenResponse = from_slice(br#"{"SecretCode":null}"#).unwrap();
    assert!(out.secret_code.is_none());
}

#[test]
fn duplicate_members_are_errors() {
    let err = from_slice::<AssociateSoftwareTokenResponse>(br#"{"Session":"a","Session":"b"}"#)
        .unwrap_err();
    assert!(
        err.to_string().starts_with("duplicate member `Session`"),
        "{err}"
    );
}

#[test]
fn modeled_error_codes_decode_with_meta() {
    let h = headers!(
        "content-type" => "application/x-amz-json-1.1",
        "x-amzn-errortype" => "NotAuthorizedException:",
        "x-amzn-requestid" => "req-2",
    );
    let body = br#"{"__type":"NotAuthorizedException","message":"Invalid Access Token"}"#;
    let Err(ResponseFailure::Service(e)) =
        decode_response::<AssociateSoftwareToken>(400, &h, body, &[])
    else {
        panic!("expected a service error");
    };
    let AssociateSoftwareTokenError::NotAuthorizedException(ex) = &e else {
        panic!("expected NotAuthorizedException, got {e:?}");
    };
    assert_eq!(ex.message.as_deref(), Some("Invalid Access Token"));
    assert_eq!(ex.meta().code(), "NotAuthorizedException");
    assert_eq!(ex.meta().request_id(), Some("req-2"));
    assert_eq!(ex.meta().status(), 400);
    assert_eq!(e.meta(), ex.meta());
    assert_eq!(e.retry_kind(), None);
    assert_eq!(
        e.to_string(),
        "NotAuthorizedException: Invalid Access Token (request id req-2, HTTP 400)"
    );
    assert_eq!(ex.to_string(), e.to_string());
    assert!(std::error::Error::source(&e).is_none());
    // `Message` works as well as `message`.
    let e = AssociateSoftwareTokenError::from_response(
        ErrorMeta::new("TooManyRequestsException", None, None, 429),
        br#"{"Message":"slow down"}"#,
        &Scrubber::default(),
    );
    let AssociateSoftwareTokenError::TooMany(t) = &e else {
        panic!("expected TooMany, got {e:?}");
    };
    assert_eq!(t.message.as_deref(), Some("slow down"));
    assert_eq!(e.retry_kind(), Some(RetryKind::Throttling));
}

#[test]
fn unknown_codes_and_bad_bodies_give_the_catch_all() {
    let meta = ErrorMeta::new(
        "BrandNewException",
        Some("new".into()),
        Some("r".into()),
        418,
    );
    let e = AssociateSoftwareTokenError::from_response(meta.clone(), b"{}", &Scrubber::default());
    let AssociateSoftwareTokenError::Unhandled(u) = &e else {
        panic!("expected Unhandled, got {e:?}");
    };
    assert_eq!(u.meta().code(), "BrandNewException");
    assert_eq!(u.meta().message(), Some("new"));
    assert_eq!(u.meta().request_id(), Some("r"));
    assert_eq!(u.meta().status(), 418);
}

/// A modeled code whose body does not fit its exception still gives the
/// typed variant, members empty, with the reason kept in the metadata.
#[test]
fn modeled_codes_with_bad_bodies_keep_their_variant() {
    let none = Scrubber::default();
    let meta = ErrorMeta::new("NotAuthorizedException", Some("m".into()), None, 400);
    for (body, reason) in [
        (
            &br#"{"message":5}"#[..],
            "invalid type: integer `5`, expected a string at line 1 column 12",
        ),
        (b"<html>", "expected value at line 1 column 1"),
        (
            b"{\"message\":",
            "EOF while parsing a value at line 1 column 11",
        ),
    ] {
        let e = AssociateSoftwareTokenError::from_response(meta.clone(), body, &none);
        let AssociateSoftwareTokenError::NotAuthorizedException(ex) = &e else {
            panic!("expected NotAuthorizedException, got {e:?}");
        };
        assert_eq!(ex.message, None);
        assert_eq!(ex.meta().code(), "NotAuthorizedException");
        assert_eq!(ex.meta().message(), Some("m"));
        assert_eq!(ex.meta().decode_error(), Some(reason));
        assert_eq!(
            e.to_string(),
            "NotAuthorizedException: m (HTTP 400)",
            "Display is unchanged"
        );
    }
}

/// What fits is kept: a member of the wrong type does not lose the others.
#[test]
fn a_bad_member_does_not_lose_the_good_ones() {
    let meta = ErrorMeta::new("NotAuthorizedException", None, None, 400);
    let body = br#"{"Message":7,"message":"kept","Other":[1]}"#;
    let e = AssociateSoftwareTokenError::from_response(meta, body, &Scrubber::default());
    let AssociateSoftwareTokenError::NotAuthorizedException(ex) = &e else {
        panic!("expected NotAuthorizedException, got {e:?}");
    };
    assert_eq!(ex.message.as_deref(), Some("kept"));
    assert_eq!(
        ex.meta().decode_error(),
        Some("invalid type: integer `7`, expected a string at line 1 column 12")
    );
}

/// SQS (and every query-compatible JSON service) sends `message` and
/// `Message` both; the first one that is not `null` wins.
#[test]
fn both_spellings_of_message_are_accepted() {
    let none = Scrubber::default();
    let meta = ErrorMeta::new("TooManyRequestsException", None, None, 400);
    for (body, expected) in [
        (
            &br#"{"message":"lower","Message":"upper"}"#[..],
            Some("lower"),
        ),
        (br#"{"Message":"upper","message":"lower"}"#, Some("upper")),
        (br#"{"message":null,"Message":"upper"}"#, Some("upper")),
        (br#"{"Message":"upper","message":null}"#, Some("upper")),
        (br#"{"message":null,"Message":null}"#, None),
    ] {
        let e = AssociateSoftwareTokenError::from_response(meta.clone(), body, &none);
        let AssociateSoftwareTokenError::TooMany(t) = &e else {
            panic!("expected TooMany, got {e:?}");
        };
        assert_eq!(
            t.message.as_deref(),
            expected,
            "{}",
            String::from_utf8_lossy(body)
        );
        assert_eq!(t.meta().decode_error(), None);
    }
}

#[test]
fn enums_keep_unknown_values() {
    assert_eq!(ChallengeNameType::SmsMfa.as_str(), "SMS_MFA");
    assert_eq!(
        "SOFTWARE_TOKEN_MFA".parse::<ChallengeNameType>().unwrap(),
        ChallengeNameType::SoftwareTokenMfa
    );
    let new = ChallengeNameType::from("EMAIL_OTP");
    assert_eq!(new, ChallengeNameType::Unknown("EMAIL_OTP".into()));
    assert_eq!(new.to_string(), "EMAIL_OTP");
    assert_eq!(format!("{new:?}"), "Unknown(\"EMAIL_OTP\")");
    assert_eq!(format!("{:?}", ChallengeNameType::SmsMfa), "SmsMfa");
    assert_eq!(to_vec(&ChallengeNameType::SmsMfa).unwrap(), b"\"SMS_MFA\"");
    assert_eq!(
        from_slice::<ChallengeNameType>(b"\"EMAIL_OTP\"").unwrap(),
        new
    );
    assert_eq!(ChallengeNameType::VALUES, ["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
}
