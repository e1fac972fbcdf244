//! The hand-written baseline: what a programmer would write for these two
//! requests with serde_json, hmac and sha2 directly, and nothing general.
//!
//! The SigV4 here knows the one request shape it signs (`POST /`, no query,
//! the five headers below), derives the signing key once, and is checked
//! against awsop's signer when the benchmarks start ([`crate::cases::check`]).

use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use http::{HeaderMap, HeaderValue, Method, Request};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::fixtures::{
    ACCESS_KEY_ID, AMZ_DATE, AMZ_DAY, ENDPOINT, HOST as HOST_NAME, REGION, SERVICE,
};

const JSON_1_1: &str = "application/x-amz-json-1.1";

/// `AssociateSoftwareToken`'s input.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateSoftwareToken {
    /// The user's access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// A session from a challenge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

/// `AdminGetUser`'s input.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdminGetUser {
    /// The user pool.
    pub user_pool_id: String,
    /// The user.
    pub username: String,
}

/// `AssociateSoftwareToken`'s output.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateSoftwareTokenResponse {
    /// The TOTP secret.
    pub secret_code: Option<String>,
    /// A session to continue with.
    pub session: Option<String>,
    /// The request id (a header).
    #[serde(skip)]
    pub request_id: Option<String>,
}

/// One user attribute.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
pub struct Attribute {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: Option<String>,
}

/// `AdminGetUser`'s output.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
pub struct AdminGetUserResponse {
    /// The user name.
    pub username: String,
    /// The attributes.
    pub user_attributes: Option<Vec<Attribute>>,
    /// Epoch seconds.
    pub user_create_date: Option<f64>,
    /// Epoch seconds.
    pub user_last_modified_date: Option<f64>,
    /// Whether the user is enabled.
    pub enabled: Option<bool>,
    /// The user's status.
    pub user_status: Option<String>,
    /// The preferred MFA.
    pub preferred_mfa_setting: Option<String>,
    /// The MFA settings.
    #[serde(rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Option<Vec<String>>,
    /// The request id (a header).
    #[serde(skip)]
    pub request_id: Option<String>,
}

fn build(target: &'static str, body: Vec<u8>) -> Request<Vec<u8>> {
    Request::builder()
        .method(Method::POST)
        .uri(format!("{ENDPOINT}/"))
        .header(CONTENT_TYPE, HeaderValue::from_static(JSON_1_1))
        .header("x-amz-target", HeaderValue::from_static(target))
        .header(CONTENT_LENGTH, HeaderValue::from(body.len()))
        .body(body)
        .expect("a valid request")
}

/// The unsigned `AssociateSoftwareToken` request.
pub fn build_associate_software_token(input: &AssociateSoftwareToken) -> Request<Vec<u8>> {
    let body = serde_json::to_vec(input).expect("serializable");
    build(
        "AWSCognitoIdentityProviderService.AssociateSoftwareToken",
        body,
    )
}

/// The unsigned `AdminGetUser` request.
pub fn build_admin_get_user(input: &AdminGetUser) -> Request<Vec<u8>> {
    let body = serde_json::to_vec(input).expect("serializable");
    build("AWSCognitoIdentityProviderService.AdminGetUser", body)
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn hex(bytes: &[u8], out: &mut String) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
}

/// A signer for one key, day, region and service, its key derived once.
pub struct Signer {
    key: [u8; 32],
    scope: String,
}

impl Signer {
    /// Derives the signing key for the fixtures' day, region and service.
    pub fn new(secret: &str) -> Self {
        let k_date = hmac(format!("AWS4{secret}").as_bytes(), AMZ_DAY.as_bytes());
        let k_region = hmac(&k_date, REGION.as_bytes());
        let k_service = hmac(&k_region, SERVICE.as_bytes());
        Signer {
            key: hmac(&k_service, b"aws4_request"),
            scope: format!("{AMZ_DAY}/{REGION}/{SERVICE}/aws4_request"),
        }
    }

    /// Signs a request built by this module: adds `host`, `x-amz-date` and
    /// `authorization`.
    pub fn sign(&self, req: &mut Request<Vec<u8>>) {
        const SIGNED: &str = "content-length;content-type;host;x-amz-date;x-amz-target";
        let headers = req.headers();
        let value = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
        };
        let mut creq = String::with_capacity(512);
        let _ = write!(
            creq,
            "POST\n/\n\ncontent-length:{}\ncontent-type:{}\nhost:{HOST_NAME}\nx-amz-date:{AMZ_DATE}\nx-amz-target:{}\n\n{SIGNED}\n",
            value("content-length"),
            value("content-type"),
            value("x-amz-target"),
        );
        hex(&Sha256::digest(req.body()), &mut creq);
        let mut sts = String::with_capacity(160);
        let _ = write!(sts, "AWS4-HMAC-SHA256\n{AMZ_DATE}\n{}\n", self.scope);
        hex(&Sha256::digest(creq.as_bytes()), &mut sts);
        let mut auth = String::with_capacity(200);
        let _ = write!(
            auth,
            "AWS4-HMAC-SHA256 Credential={ACCESS_KEY_ID}/{}, SignedHeaders={SIGNED}, Signature=",
            self.scope
        );
        hex(&hmac(&self.key, sts.as_bytes()), &mut auth);
        let headers = req.headers_mut();
        headers.insert(HOST, HeaderValue::from_static(HOST_NAME));
        headers.insert("x-amz-date", HeaderValue::from_static(AMZ_DATE));
        let mut auth = HeaderValue::try_from(auth).expect("ASCII");
        auth.set_sensitive(true);
        headers.insert(AUTHORIZATION, auth);
    }
}

fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-amzn-requestid")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Decodes a 2xx `AssociateSoftwareToken` answer.
pub fn decode_associate_software_token(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> Option<AssociateSoftwareTokenResponse> {
    if !(200..300).contains(&status) {
        return None;
    }
    let mut out: AssociateSoftwareTokenResponse = serde_json::from_slice(body).ok()?;
    out.request_id = request_id(headers);
    Some(out)
}

/// Decodes a 2xx `AdminGetUser` answer.
pub fn decode_admin_get_user(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> Option<AdminGetUserResponse> {
    if !(200..300).contains(&status) {
        return None;
    }
    let mut out: AdminGetUserResponse = serde_json::from_slice(body).ok()?;
    out.request_id = request_id(headers);
    Some(out)
}
