//! Checking an endpoint URL from an override.

use super::{Endpoint, EndpointSource, Scheme};
use std::fmt;

/// Why a URL was refused; shown after the URL in [`EndpointError`]s.
#[derive(Debug)]
pub(super) enum UrlProblem {
    Whitespace,
    NoScheme,
    Scheme(Option<String>),
    UserInfo,
    Query,
    Fragment,
    NoHost,
    Host,
    Port,
    Path,
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Whitespace => f.write_str("it contains whitespace or control characters"),
            UrlProblem::NoScheme => f.write_str("it must start with http:// or https://"),
            UrlProblem::Scheme(Some(s)) => write!(f, "the scheme {s:?} is not http or https"),
            UrlProblem::Scheme(None) => f.write_str("the scheme is not http or https"),
            UrlProblem::UserInfo => {
                f.write_str("a user name or password (user@host) is not allowed")
            }
            UrlProblem::Query => f.write_str("a query (?...) is not allowed"),
            UrlProblem::Fragment => f.write_str("a fragment (#...) is not allowed"),
            UrlProblem::NoHost => f.write_str("a host is required"),
            UrlProblem::Host => f.write_str("the host is not a valid DNS name or IP address"),
            UrlProblem::Port => f.write_str("the port must be a number from 1 to 65535"),
            UrlProblem::Path => f.write_str("the path has a character that is not allowed"),
        }
    }
}

/// Parses an absolute `http`/`https` URL with a host, an optional port and an
/// optional path prefix; no user info, query or fragment.
pub(super) fn parse_endpoint_url(
    url: &str,
    source: EndpointSource,
) -> Result<Endpoint, UrlProblem> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Whitespace);
    }
    let (scheme, rest) = url.split_once("://").ok_or(UrlProblem::NoScheme)?;
    let scheme = if scheme.eq_ignore_ascii_case("https") {
        Scheme::Https
    } else if scheme.eq_ignore_ascii_case("http") {
        Scheme::Http
    } else {
        // Echo the scheme only when it looks like one (it cannot then hold a
        // password).
        let plain = !scheme.is_empty()
            && scheme.len() <= 16
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        return Err(UrlProblem::Scheme(plain.then(|| scheme.to_owned())));
    };
    let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    if authority.contains('@') {
        return Err(UrlProblem::UserInfo);
    }
    if rest.contains('?') {
        return Err(UrlProblem::Query);
    }
    if rest.contains('#') {
        return Err(UrlProblem::Fragment);
    }
    if authority.is_empty() {
        return Err(UrlProblem::NoHost);
    }
    let (host, port) = split_host_port(authority)?;
    if host.is_empty() {
        return Err(UrlProblem::NoHost);
    }
    if !(is_ipv6_literal(host) || is_dns_name(host)) {
        return Err(UrlProblem::Host);
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u16>() {
                Ok(0) | Err(_) => return Err(UrlProblem::Port),
                Ok(n) => Some(n),
            }
        }
        Some(_) => return Err(UrlProblem::Port),
    };
    if !is_valid_path(path) {
        return Err(UrlProblem::Path);
    }
    Ok(Endpoint {
        scheme,
        host: host.to_ascii_lowercase(),
        port,
        path_prefix: path.trim_end_matches('/').to_owned(),
        source,
    })
}

/// Splits `host[:port]` or `[v6][:port]`.
pub(super) fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), UrlProblem> {
    if authority.starts_with('[') {
        let end = authority.find(']').ok_or(UrlProblem::Host)?;
        let (host, after) = authority.split_at(end + 1);
        match after {
            "" => Ok((host, None)),
            _ => after
                .strip_prefix(':')
                .map(|p| (host, Some(p)))
                .ok_or(UrlProblem::Host),
        }
    } else {
        Ok(match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        })
    }
}

pub(super) fn is_ipv6_literal(host: &str) -> bool {
    host.strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.contains(':')
                && inner
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        })
}

/// Dot-separated labels of letters, digits, `-` and `_`, none empty and none
/// starting or ending with `-` (IPv4 addresses pass too).
pub(super) fn is_dns_name(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// RFC 3986 path characters, with `%` followed by two hex digits.
pub(super) fn is_valid_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}
