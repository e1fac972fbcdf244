//! The fixed inputs every case uses: a signing time, test credentials, a
//! Cognito-sized access token, and the responses the server sends.

use std::sync::OnceLock;

use awsop::time::DateTime;

/// The endpoint requests are built for (never contacted by the per-call cases).
pub const ENDPOINT: &str = "https://cognito-idp.us-east-1.amazonaws.com";
/// The host of [`ENDPOINT`].
pub const HOST: &str = "cognito-idp.us-east-1.amazonaws.com";
/// The signing region.
pub const REGION: &str = "us-east-1";
/// The signing name.
pub const SERVICE: &str = "cognito-idp";
/// AWS's documentation access key id.
pub const ACCESS_KEY_ID: &str = "AKIDEXAMPLE";
/// AWS's documentation secret key.
pub const SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
/// The signing time: 2023-11-14T22:13:20Z.
pub const TIME: DateTime = DateTime::from_secs(1_700_000_000);
/// `TIME` as `x-amz-date`.
pub const AMZ_DATE: &str = "20231114T221320Z";
/// `TIME`'s day, as in the credential scope.
pub const AMZ_DAY: &str = "20231114";
/// The `AdminGetUser` user pool.
pub const USER_POOL_ID: &str = "us-east-1_EXAMPLE12";
/// The `AdminGetUser` user name.
pub const USERNAME: &str = "alice@example.com";
/// The request id the server sends.
pub const REQUEST_ID: &str = "1c8f0f7e-3a0c-4d55-9f4e-7b0b2a8f1d3c";

/// An access token of a real one's size (Cognito's are about a kilobyte).
pub fn access_token() -> &'static str {
    static TOKEN: OnceLock<String> = OnceLock::new();
    TOKEN.get_or_init(|| {
        let mut t = String::from("eyJraWQiOiJFWEFNUExFIiwiYWxnIjoiUlMyNTYifQ.");
        let mut x: u32 = 0x2545_f491;
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        while t.len() < 1000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            t.push(alphabet[(x % 64) as usize] as char);
        }
        t
    })
}

/// The body of an `AssociateSoftwareToken` answer.
pub const AST_RESPONSE: &[u8] =
    br#"{"SecretCode":"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW"}"#;

/// The body of an `AdminGetUser` answer.
pub const AGU_RESPONSE: &[u8] = br#"{"Enabled":true,"PreferredMfaSetting":"SOFTWARE_TOKEN_MFA","UserAttributes":[{"Name":"sub","Value":"0d9a3c4e-5f61-4b7a-8c9d-0e1f2a3b4c5d"},{"Name":"email_verified","Value":"true"},{"Name":"email","Value":"alice@example.com"}],"UserCreateDate":1.700000000123E9,"UserLastModifiedDate":1.700000123456E9,"UserMFASettingList":["SOFTWARE_TOKEN_MFA"],"UserStatus":"CONFIRMED","Username":"alice@example.com"}"#;

/// The headers of a Cognito answer.
pub fn response_headers(body_len: usize) -> http::HeaderMap {
    let mut h = http::HeaderMap::new();
    h.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/x-amz-json-1.1"),
    );
    h.insert(
        http::header::CONTENT_LENGTH,
        http::HeaderValue::from(body_len),
    );
    h.insert(
        "x-amzn-requestid",
        http::HeaderValue::from_static(REQUEST_ID),
    );
    h.insert(
        http::header::DATE,
        http::HeaderValue::from_static("Tue, 14 Nov 2023 22:13:20 GMT"),
    );
    h
}
