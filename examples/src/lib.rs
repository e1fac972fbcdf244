//! awsop's examples: the Cognito Identity Provider service annotated with
//! awsop, the TOTP code generator the MFA demo needs, and a moto launcher for
//! the end-to-end tests.

pub mod cognito;
pub mod mfa_flow;
pub mod moto;
pub mod totp;
