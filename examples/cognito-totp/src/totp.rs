//! RFC 6238 time-based one-time passwords, as authenticator apps compute them.
//!
//! Cognito's `AssociateSoftwareToken` returns the shared secret as base32;
//! [`totp`] turns it and a time into the 6-digit code that
//! `VerifySoftwareToken` and the `SOFTWARE_TOKEN_MFA` challenge expect:
//! HMAC-SHA1 over the 30-second step count, dynamically truncated (RFC 4226).

use std::fmt;

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// The step length, in seconds.
pub const STEP_SECS: u64 = 30;

/// A secret that is not base32.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidSecret;

impl fmt::Display for InvalidSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the TOTP secret is not base32")
    }
}

impl std::error::Error for InvalidSecret {}

/// Decodes RFC 4648 base32, accepting lower case, spaces and missing padding
/// (moto's secret is 12 lower-case characters with no padding).
///
/// # Errors
///
/// A character outside the base32 alphabet.
pub fn base32_decode(s: &str) -> Result<Vec<u8>, InvalidSecret> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u64, 0u32);
    for c in s.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let v = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u64 - 'A' as u64,
            c @ '2'..='7' => c as u64 - '2' as u64 + 26,
            _ => return Err(InvalidSecret),
        };
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// The HOTP value (RFC 4226) of `key` at `counter`, with `digits` digits.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let code = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    let code = u64::from(code) % 10u64.pow(digits);
    format!("{code:0width$}", width = digits as usize)
}

/// The 6-digit TOTP code for a base32 `secret` at `unix_secs`.
///
/// ```
/// use cognito_totp::totp::totp;
/// // RFC 6238's SHA-1 secret, "12345678901234567890", in base32.
/// assert_eq!(totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59).unwrap(), "287082");
/// ```
///
/// # Errors
///
/// A secret that is not base32.
pub fn totp(secret: &str, unix_secs: u64) -> Result<String, InvalidSecret> {
    let key = base32_decode(secret)?;
    Ok(hotp(&key, unix_secs / STEP_SECS, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B, SHA-1 column (8 digits).
    #[test]
    fn rfc_6238_vectors() {
        let key = b"12345678901234567890";
        for (t, want) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(hotp(key, t / STEP_SECS, 8), want, "t = {t}");
        }
    }

    /// RFC 4226, appendix D.
    #[test]
    fn rfc_4226_vectors() {
        let key = b"12345678901234567890";
        let want = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, want) in want.iter().enumerate() {
            assert_eq!(hotp(key, counter as u64, 6), *want);
        }
    }

    #[test]
    fn base32_is_forgiving_about_case_and_padding() {
        assert_eq!(base32_decode("MZXW6YTBOI======").unwrap(), b"foobar");
        assert_eq!(base32_decode("mzxw6ytboi").unwrap(), b"foobar");
        assert_eq!(base32_decode("MZXW 6YTB OI").unwrap(), b"foobar");
        // moto's fixed secret decodes (12 characters: 7 bytes and 4 spare bits).
        assert_eq!(base32_decode("asdfasdfasdf").unwrap().len(), 7);
        assert_eq!(base32_decode("abc1"), Err(InvalidSecret));
        assert_eq!(
            totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1_111_111_109).unwrap(),
            "081804"
        );
    }
}
