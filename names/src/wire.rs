//! The wire name of a field: its PascalCase.
//!
//! `awsop-macros` names a field on the wire by this rule unless it has
//! `#[aws(rename = "...")]`; `awsop-drift` and `awsop-codegen` compute wire
//! names by exactly the same rule through this module.

/// `access_token` → `AccessToken`: each `_` is dropped and the character after
/// it upper-cased, as is the first; every other character is kept as written
/// (`mfa_options` → `MfaOptions`, `callback_urls` → `CallbackUrls`).
///
/// ```
/// assert_eq!(awsop_names::wire::pascal_case("mfa_options"), "MfaOptions");
/// ```
pub fn pascal_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The name as Rust code writes it, without `r#` (`r#type` → `type`).
///
/// ```
/// assert_eq!(awsop_names::wire::unraw("r#type"), "type");
/// ```
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// The wire name of a field written `field` (a raw identifier included) and
/// without `#[aws(rename)]`: its [`pascal_case`].
///
/// ```
/// assert_eq!(awsop_names::wire::field_wire_name("r#type"), "Type");
/// ```
pub fn field_wire_name(field: &str) -> String {
    pascal_case(unraw(field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_case_keeps_every_other_character() {
        assert_eq!(pascal_case("access_token"), "AccessToken");
        assert_eq!(pascal_case("mfa_options"), "MfaOptions");
        assert_eq!(pascal_case("callback_urls"), "CallbackUrls");
        assert_eq!(pascal_case("allowed_o_auth_flows"), "AllowedOAuthFlows");
        assert_eq!(pascal_case("message"), "Message");
        assert_eq!(field_wire_name("r#type"), "Type");
    }
}
