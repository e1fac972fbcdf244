//! The wire name of a field: its PascalCase.
//!
//! This file is shared: `awsop-drift` and `awsop-codegen` compile it too (with
//! `#[path]`), so the drift check and the generator compute wire names by
//! exactly the rule the macros use. Keep it free of dependencies.

/// `access_token` → `AccessToken`: each `_` is dropped and the character after
/// it upper-cased, as is the first; every other character is kept as written
/// (`mfa_options` → `MfaOptions`, `callback_urls` → `CallbackUrls`).
pub(crate) fn pascal_case(name: &str) -> String {
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
