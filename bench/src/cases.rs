//! The per-call work, awsop's and the baseline's, as plain functions: the
//! `percall` bench times them and the `callgrind` program counts their
//! instructions.
//!
//! "Build" constructs the input and the `http::Request` with its JSON body;
//! "sign" adds SigV4 (`AssociateSoftwareToken` is `auth = none`, so awsop's
//! client never signs it, but both are measured); "decode" turns a 200 answer
//! into the output.

use awsop::protocol::{build_request, decode_response};
use awsop::sigv4::{SigningKeyCache, SigningParams, SigningSettings, sign_http_request};
use cognito_totp::cognito::{
    AdminGetUser, AdminGetUserResponse, AssociateSoftwareToken, AssociateSoftwareTokenResponse,
};
use http::{HeaderMap, Request};

use crate::baseline;
use crate::fixtures::{
    self, ACCESS_KEY_ID, AGU_RESPONSE, AST_RESPONSE, ENDPOINT, REGION, SECRET_ACCESS_KEY, SERVICE,
    TIME, USER_POOL_ID, USERNAME,
};

/// What the cases share, prepared once: the key caches and the answers' headers.
pub struct Ctx {
    cache: SigningKeyCache,
    signer: baseline::Signer,
    ast_headers: HeaderMap,
    agu_headers: HeaderMap,
}

impl Default for Ctx {
    fn default() -> Self {
        Ctx {
            cache: SigningKeyCache::new(),
            signer: baseline::Signer::new(SECRET_ACCESS_KEY),
            ast_headers: fixtures::response_headers(AST_RESPONSE.len()),
            agu_headers: fixtures::response_headers(AGU_RESPONSE.len()),
        }
    }
}

fn params() -> SigningParams<'static> {
    SigningParams {
        access_key_id: ACCESS_KEY_ID,
        secret_access_key: SECRET_ACCESS_KEY,
        session_token: None,
        region: REGION,
        service: SERVICE,
        time: TIME,
        settings: SigningSettings::default(),
    }
}

/// awsop: build `AssociateSoftwareToken` (as its client sends it: unsigned).
pub fn awsop_ast_build(_: &Ctx) -> Request<Vec<u8>> {
    let op = AssociateSoftwareToken::new().access_token(fixtures::access_token().to_owned());
    build_request(&op, ENDPOINT).expect("buildable")
}

/// awsop: build and sign `AssociateSoftwareToken`.
pub fn awsop_ast_build_sign(ctx: &Ctx) -> Request<Vec<u8>> {
    let mut req = awsop_ast_build(ctx);
    sign_http_request(&mut req, &params(), &ctx.cache).expect("signable");
    req
}

/// awsop: build and sign `AdminGetUser`.
pub fn awsop_agu_build_sign(ctx: &Ctx) -> Request<Vec<u8>> {
    let op = AdminGetUser::new(USER_POOL_ID.to_owned(), USERNAME.to_owned());
    let mut req = build_request(&op, ENDPOINT).expect("buildable");
    sign_http_request(&mut req, &params(), &ctx.cache).expect("signable");
    req
}

/// awsop: decode the `AssociateSoftwareToken` answer.
pub fn awsop_ast_decode(ctx: &Ctx) -> AssociateSoftwareTokenResponse {
    match decode_response::<AssociateSoftwareToken>(200, &ctx.ast_headers, AST_RESPONSE, &[]) {
        Ok(out) => out,
        Err(_) => panic!("the fixture decodes"),
    }
}

/// awsop: decode the `AdminGetUser` answer.
pub fn awsop_agu_decode(ctx: &Ctx) -> AdminGetUserResponse {
    match decode_response::<AdminGetUser>(200, &ctx.agu_headers, AGU_RESPONSE, &[]) {
        Ok(out) => out,
        Err(_) => panic!("the fixture decodes"),
    }
}

/// Baseline: build `AssociateSoftwareToken`.
pub fn baseline_ast_build(_: &Ctx) -> Request<Vec<u8>> {
    let input = baseline::AssociateSoftwareToken {
        access_token: Some(fixtures::access_token().to_owned()),
        session: None,
    };
    baseline::build_associate_software_token(&input)
}

/// Baseline: build and sign `AssociateSoftwareToken`.
pub fn baseline_ast_build_sign(ctx: &Ctx) -> Request<Vec<u8>> {
    let mut req = baseline_ast_build(ctx);
    ctx.signer.sign(&mut req);
    req
}

/// Baseline: build and sign `AdminGetUser`.
pub fn baseline_agu_build_sign(ctx: &Ctx) -> Request<Vec<u8>> {
    let input = baseline::AdminGetUser {
        user_pool_id: USER_POOL_ID.to_owned(),
        username: USERNAME.to_owned(),
    };
    let mut req = baseline::build_admin_get_user(&input);
    ctx.signer.sign(&mut req);
    req
}

/// Baseline: decode the `AssociateSoftwareToken` answer.
pub fn baseline_ast_decode(ctx: &Ctx) -> baseline::AssociateSoftwareTokenResponse {
    baseline::decode_associate_software_token(200, &ctx.ast_headers, AST_RESPONSE)
        .expect("the fixture decodes")
}

/// Baseline: decode the `AdminGetUser` answer.
pub fn baseline_agu_decode(ctx: &Ctx) -> baseline::AdminGetUserResponse {
    baseline::decode_admin_get_user(200, &ctx.agu_headers, AGU_RESPONSE)
        .expect("the fixture decodes")
}

/// One case, its result dropped (through `black_box`).
pub type Case = fn(&Ctx);

/// The cases by name, each as (name, awsop, baseline), type-erased for the
/// `callgrind` program.
pub const PAIRS: &[(&str, Case, Case)] = &[
    (
        "ast_build",
        |c| drop(std::hint::black_box(awsop_ast_build(c))),
        |c| drop(std::hint::black_box(baseline_ast_build(c))),
    ),
    (
        "ast_build_sign",
        |c| drop(std::hint::black_box(awsop_ast_build_sign(c))),
        |c| drop(std::hint::black_box(baseline_ast_build_sign(c))),
    ),
    (
        "agu_build_sign",
        |c| drop(std::hint::black_box(awsop_agu_build_sign(c))),
        |c| drop(std::hint::black_box(baseline_agu_build_sign(c))),
    ),
    (
        "ast_decode",
        |c| drop(std::hint::black_box(awsop_ast_decode(c))),
        |c| drop(std::hint::black_box(baseline_ast_decode(c))),
    ),
    (
        "agu_decode",
        |c| drop(std::hint::black_box(awsop_agu_decode(c))),
        |c| drop(std::hint::black_box(baseline_agu_decode(c))),
    ),
];

fn same_request(name: &str, a: &Request<Vec<u8>>, b: &Request<Vec<u8>>) {
    assert_eq!(a.uri(), b.uri(), "{name}: uri");
    assert_eq!(a.method(), b.method(), "{name}: method");
    assert_eq!(a.body(), b.body(), "{name}: body");
    let mut ha: Vec<_> = a.headers().iter().collect();
    let mut hb: Vec<_> = b.headers().iter().collect();
    ha.sort_by_key(|(n, _)| n.as_str());
    hb.sort_by_key(|(n, _)| n.as_str());
    assert_eq!(ha, hb, "{name}: headers");
}

/// Panics unless awsop and the baseline do the same work: the same requests,
/// byte for byte and signature for signature, and the same decoded values.
pub fn check(ctx: &Ctx) {
    same_request("ast_build", &awsop_ast_build(ctx), &baseline_ast_build(ctx));
    same_request(
        "ast_build_sign",
        &awsop_ast_build_sign(ctx),
        &baseline_ast_build_sign(ctx),
    );
    same_request(
        "agu_build_sign",
        &awsop_agu_build_sign(ctx),
        &baseline_agu_build_sign(ctx),
    );
    let (a, b) = (awsop_ast_decode(ctx), baseline_ast_decode(ctx));
    assert_eq!(
        a.secret_code.as_ref().map(|s| s.expose().as_str()),
        b.secret_code.as_deref()
    );
    assert_eq!(a.request_id, b.request_id);
    let (a, b) = (awsop_agu_decode(ctx), baseline_agu_decode(ctx));
    assert_eq!(a.username.expose(), &b.username);
    assert_eq!(
        a.user_attributes.as_ref().map(Vec::len),
        b.user_attributes.as_ref().map(Vec::len)
    );
    assert_eq!(
        a.user_create_date.map(|d| d.secs()),
        b.user_create_date.map(|d| d as i64)
    );
    assert_eq!(a.preferred_mfa_setting, b.preferred_mfa_setting);
    assert_eq!(a.request_id, b.request_id);
}
