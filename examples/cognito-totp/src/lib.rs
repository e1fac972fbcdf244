//! An example of awsop: the Cognito Identity Provider service annotated by
//! hand, the RFC 6238 TOTP code generator, and the TOTP MFA flow that the
//! `totp_mfa_demo` program runs (`scripts/demo.sh` runs it against moto).

pub mod cognito;
pub mod mfa_flow;
pub mod totp;
