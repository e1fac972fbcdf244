//! The Cognito TOTP MFA demo: sets up and uses TOTP multi-factor
//! authentication on a new user pool, printing each step with its request id.
//!
//! Run it with `scripts/demo.sh` (against a local moto), or directly against
//! any endpoint and credentials from the usual AWS environment.

use std::process::ExitCode;

use awsop::Client;
use cognito_totp::mfa_flow;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let client = match Client::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let mut n = 0;
    let result = mfa_flow::run(&client, &mut |step| {
        n += 1;
        println!(
            "{n:>2}. {:<24} {:<58} request id {}",
            step.operation,
            step.detail,
            step.request_id.as_deref().unwrap_or("-")
        );
    })
    .await;
    match result {
        Ok(_) => {
            println!("TOTP MFA is set up and used: done.");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let mut message = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
