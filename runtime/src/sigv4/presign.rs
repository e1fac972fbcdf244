//! The query (presigned URL) form.

use super::canonical::{
    build_canonical, payload_hash, scope, signed_header_names, string_to_sign, validate_params,
};
use super::key::{SigningKeyCache, signature};
use super::{
    ALGORITHM, AUTHORIZATION, MAX_EXPIRES_IN, QuerySigningOutput, SessionTokenMode,
    SignableRequest, SigningError, SigningParams, X_AMZ_DATE, X_AMZ_SECURITY_TOKEN,
};

/// Signs `req` in the query (presigned URL) form: the output's
/// [`query_string`](QuerySigningOutput::query_string) goes after the request's query.
///
/// The payload hash is the body's (use [`SignableBody::UnsignedPayload`](super::SignableBody::UnsignedPayload) for a URL
/// handed to someone else); `sign_body` adds no header in this form.
///
/// # Errors
///
/// See [`SigningError`]; [`SigningError::InvalidExpiry`] when `expires_in` is not
/// within 1 s ..= [`MAX_EXPIRES_IN`].
pub fn presign_query(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<QuerySigningOutput, SigningError> {
    validate_params(params)?;
    let settings = &params.settings;
    let expires = settings.expires_in.as_secs();
    if expires == 0 || settings.expires_in > MAX_EXPIRES_IN {
        return Err(SigningError::InvalidExpiry);
    }
    let amz_date = params.time.fmt_amz_date();
    let payload_hash = payload_hash(req.body)?;
    let mut skip = vec![X_AMZ_DATE, AUTHORIZATION];
    if params.session_token.is_some() {
        skip.push(X_AMZ_SECURITY_TOKEN);
    }
    let scope = scope(params);
    let signed_headers = signed_header_names(req.headers, &skip)?;

    let mut params_out: Vec<(&'static str, String)> = vec![
        ("X-Amz-Algorithm", ALGORITHM.to_owned()),
        (
            "X-Amz-Credential",
            format!("{}/{scope}", params.access_key_id),
        ),
        ("X-Amz-Date", amz_date.clone()),
        ("X-Amz-SignedHeaders", signed_headers.clone()),
        ("X-Amz-Expires", expires.to_string()),
    ];
    if let Some(t) = params.session_token
        && settings.session_token_mode == SessionTokenMode::Include
    {
        params_out.push(("X-Amz-Security-Token", t.to_owned()));
    }
    let extra: Vec<(&str, &str)> = params_out.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let canonical = build_canonical(req, settings, &extra, &skip, &[], &payload_hash)?;
    let sts = string_to_sign(&amz_date, &scope, &canonical.canonical_request);
    let signature = signature(params, cache, &sts);
    if let Some(t) = params.session_token
        && settings.session_token_mode == SessionTokenMode::AfterSigning
    {
        params_out.push(("X-Amz-Security-Token", t.to_owned()));
    }
    params_out.push(("X-Amz-Signature", signature.clone()));
    Ok(QuerySigningOutput {
        params: params_out,
        canonical_request: canonical.canonical_request,
        string_to_sign: sts,
        signature,
    })
}
