//! The `Authorization` header form.

use super::canonical::{build_canonical, payload_hash, scope, string_to_sign, validate_params};
use super::key::{SigningKeyCache, signature};
use super::{
    ALGORITHM, AUTHORIZATION, HeaderSigningOutput, SessionTokenMode, SignableBody, SignableRequest,
    SigningError, SigningParams, X_AMZ_CONTENT_SHA256, X_AMZ_DATE, X_AMZ_SECURITY_TOKEN,
};

/// Signs `req` in the `Authorization` header form.
///
/// The request's own `x-amz-date` and `authorization` headers (and `x-amz-security-token`
/// when there is a token, `x-amz-content-sha256` with `sign_body`) are left out of the
/// signature; the output's headers replace them.
///
/// # Errors
///
/// See [`SigningError`].
pub fn sign_headers(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<HeaderSigningOutput, SigningError> {
    validate_params(params)?;
    let settings = &params.settings;
    let amz_date = params.time.fmt_amz_date();
    let payload_hash = payload_hash(req.body)?;

    let mut skip = vec![X_AMZ_DATE, AUTHORIZATION];
    if params.session_token.is_some() {
        skip.push(X_AMZ_SECURITY_TOKEN);
    }
    if settings.sign_body {
        skip.push(X_AMZ_CONTENT_SHA256);
    }
    let mut added: Vec<(&'static str, String)> = vec![(X_AMZ_DATE, amz_date.clone())];
    let token = params.session_token;
    if let (Some(t), SessionTokenMode::Include) = (token, settings.session_token_mode) {
        added.push((X_AMZ_SECURITY_TOKEN, t.to_owned()));
    }
    if settings.sign_body {
        added.push((X_AMZ_CONTENT_SHA256, payload_hash.clone()));
    }
    let added_refs: Vec<(&str, &str)> = added.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let canonical = build_canonical(req, settings, &[], &skip, &added_refs, &payload_hash)?;

    let scope = scope(params);
    let sts = string_to_sign(&amz_date, &scope, &canonical.canonical_request);
    let signature = signature(params, cache, &sts);

    if let (Some(t), SessionTokenMode::AfterSigning) = (token, settings.session_token_mode) {
        added.push((X_AMZ_SECURITY_TOKEN, t.to_owned()));
    }
    // Keep the documented order: date, token, content hash, authorization.
    added.sort_by_key(|(k, _)| match *k {
        X_AMZ_DATE => 0,
        X_AMZ_SECURITY_TOKEN => 1,
        _ => 2,
    });
    added.push((
        AUTHORIZATION,
        format!(
            "{ALGORITHM} Credential={}/{scope}, SignedHeaders={}, Signature={signature}",
            params.access_key_id, canonical.signed_headers
        ),
    ));
    Ok(HeaderSigningOutput {
        headers: added,
        canonical_request: canonical.canonical_request,
        string_to_sign: sts,
        signature,
    })
}

/// The `host` header value for `uri`'s authority: the host, and the port when it is
/// not the scheme's default.
pub(super) fn host_header(uri: &http::Uri) -> Option<String> {
    let authority = uri.authority()?;
    let host = authority.host();
    if host.is_empty() {
        return None;
    }
    let default_port = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    Some(match authority.port_u16() {
        Some(p) if Some(p) != default_port => format!("{host}:{p}"),
        _ => host.to_owned(),
    })
}

/// Signs `req` in place, in the `Authorization` header form: adds `host` (from the URI
/// authority, when absent), `x-amz-date`, `x-amz-security-token`,
/// `x-amz-content-sha256` (with `sign_body`) and `authorization`, replacing any
/// headers of those names. The body is hashed.
///
/// # Errors
///
/// See [`SigningError`]; [`SigningError::InvalidHeaderValue`] also for a header value
/// that is not UTF-8.
pub fn sign_http_request<B: AsRef<[u8]>>(
    req: &mut http::Request<B>,
    params: &SigningParams<'_>,
    cache: &SigningKeyCache,
) -> Result<(), SigningError> {
    let host = if req.headers().contains_key(http::header::HOST) {
        None
    } else {
        Some(host_header(req.uri()).ok_or(SigningError::MissingHost)?)
    };
    let output = {
        let mut headers: Vec<(&str, &str)> = Vec::with_capacity(req.headers().len() + 1);
        if let Some(h) = &host {
            headers.push(("host", h.as_str()));
        }
        for (name, value) in req.headers() {
            let value = std::str::from_utf8(value.as_bytes()).map_err(|_| {
                SigningError::InvalidHeaderValue {
                    name: name.as_str().to_owned(),
                }
            })?;
            headers.push((name.as_str(), value));
        }
        let target = req.uri().path_and_query().map_or("/", |pq| pq.as_str());
        let signable = SignableRequest {
            method: req.method().as_str(),
            uri: target,
            headers: &headers,
            body: SignableBody::Bytes(req.body().as_ref()),
        };
        sign_headers(&signable, params, cache)?
    };
    let mut to_insert: Vec<(http::HeaderName, http::HeaderValue)> = Vec::new();
    if let Some(h) = host {
        let value = http::HeaderValue::try_from(h).map_err(|_| SigningError::MissingHost)?;
        to_insert.push((http::header::HOST, value));
    }
    for (name, value) in output.headers {
        let header_value =
            http::HeaderValue::try_from(value).map_err(|_| SigningError::InvalidHeaderValue {
                name: name.to_owned(),
            })?;
        let mut header_value = header_value;
        if name == X_AMZ_SECURITY_TOKEN || name == AUTHORIZATION {
            header_value.set_sensitive(true);
        }
        to_insert.push((http::HeaderName::from_static(name), header_value));
    }
    let headers = req.headers_mut();
    for (name, value) in to_insert {
        headers.insert(name, value);
    }
    Ok(())
}
