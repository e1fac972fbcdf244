//! The Rust name of a model name (`awsop-codegen`'s one naming rule): a model
//! name becomes a list of words, and the words become the Rust name.
//!
//! # Words
//!
//! A name is cut at every character that is not an ASCII letter or digit
//! (`SHA_256`, `aes-gcm`), then inside each piece before an upper-case letter
//! that follows a lower-case letter or a digit (`UserPool|Id`, `S3|Bucket`),
//! and before the last upper-case letter of a run of them when a lower-case
//! letter follows (`MFA|Options`), except for a plural acronym: a run ending
//! in one `s` that ends the word stays whole (`Callback|URLs`). Digits stay
//! with the word before them (`Sha256`, `V1`).
//!
//! # Rust names
//!
//! - Types (structures, enums, exceptions, operations) and enum variants:
//!   every word capitalised, the rest of it lower case, joined
//!   (`MFAMethodNotFoundException` → `MfaMethodNotFoundException`,
//!   `SYMMETRIC_DEFAULT` → `SymmetricDefault`); two words that meet digit to
//!   digit keep a `_` between them (`V1_0` → `V1_0`, not `V10`).
//! - Fields: the words in lower case joined by `_` (`MFAOptions` →
//!   `mfa_options`, `CallbackURLs` → `callback_urls`).
//! - A Rust keyword becomes a raw identifier (`r#type`); the four that cannot
//!   be raw (`crate`, `self`, `Self`, `super`) get a trailing `_`. A name that
//!   would start with a digit gets a leading `_` (fields) or `N` (types).
//! - A name with no letters or digits at all is `Value`.

/// Splits a model name into words (see the module docs).
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = piece.chars().collect();
        let mut start = 0;
        for i in 1..chars.len() {
            let (prev, c) = (chars[i - 1], chars[i]);
            let boundary = c.is_ascii_uppercase()
                && if prev.is_ascii_lowercase() || prev.is_ascii_digit() {
                    true
                } else if prev.is_ascii_uppercase() {
                    match chars.get(i + 1) {
                        Some(&'s') => !ends_word(&chars, i + 2),
                        Some(n) => n.is_ascii_lowercase(),
                        None => false,
                    }
                } else {
                    false
                };
            if boundary {
                out.push(chars[start..i].iter().collect());
                start = i;
            }
        }
        if start < chars.len() {
            out.push(chars[start..].iter().collect());
        }
    }
    out
}

/// Whether position `i` of `chars` is the end of a word: the end, or an
/// upper-case letter or digit.
fn ends_word(chars: &[char], i: usize) -> bool {
    chars
        .get(i)
        .is_none_or(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Rust keywords that `r#` can escape.
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const PLAIN_KEYWORDS: &[&str] = &["crate", "self", "Self", "super"];

fn escape(name: String) -> String {
    if RAW_KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else if PLAIN_KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// The field name of a member: `snake_case`, escaped.
pub fn field_name(name: &str) -> String {
    let w = words(name);
    if w.is_empty() {
        return "value".to_owned();
    }
    let mut s = w
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    escape(s)
}

/// The type or variant name of a model name: `UpperCamelCase`, escaped.
pub fn type_name(name: &str) -> String {
    let mut s = String::new();
    for w in words(name) {
        let starts_digit = w.starts_with(|c: char| c.is_ascii_digit());
        if starts_digit && s.ends_with(|c: char| c.is_ascii_digit()) {
            s.push('_');
        }
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            s.push(first.to_ascii_uppercase());
            s.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if s.is_empty() {
        return "Value".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'N');
    }
    escape(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        for (model, rust) in [
            ("AccessToken", "access_token"),
            ("MFAOptions", "mfa_options"),
            ("CallbackURLs", "callback_urls"),
            ("AllowedOAuthFlows", "allowed_o_auth_flows"),
            ("reasonCode", "reason_code"),
            ("S3Bucket", "s3_bucket"),
            ("KeyARN", "key_arn"),
            ("NULL", "null"),
            ("SS", "ss"),
            ("Type", "r#type"),
            ("Self", "self_"),
            ("UserPoolIDs", "user_pool_ids"),
            ("Sha256Digest", "sha256_digest"),
            ("1Thing", "_1_thing"),
            ("--", "value"),
        ] {
            assert_eq!(field_name(model), rust, "{model}");
        }
    }

    #[test]
    fn types_and_variants() {
        for (model, rust) in [
            ("MFAMethodNotFoundException", "MfaMethodNotFoundException"),
            ("SYMMETRIC_DEFAULT", "SymmetricDefault"),
            ("V1_0", "V1_0"),
            ("SHA_256", "Sha256"),
            ("RSAES_OAEP_SHA_1", "RsaesOaepSha1"),
            ("ECC_NIST_P256", "EccNistP256"),
            ("phone_number", "PhoneNumber"),
            ("aes-gcm", "AesGcm"),
            ("Self", "Self_"),
            ("2FA", "N2Fa"),
            ("*", "Value"),
        ] {
            assert_eq!(type_name(model), rust, "{model}");
        }
    }
}
