//! End-to-end tests of the generated service crates (DynamoDB, KMS, Cognito
//! Identity Provider) against moto; the tests are in `tests/`. This library
//! holds only the clients they share.

/// A client for the shared moto: region `us-east-1`, static test
/// credentials, zero jitter. The same client serves every service, KMS
/// included: moto labels KMS's JSON `Content-Type: text/html`, and awsop
/// reads a 2xx body by the protocol, whatever its label.
///
/// # Panics
///
/// When moto cannot be started (the message says why).
pub fn moto_client() -> awsop::Client {
    awsop::Client::builder()
        .region("us-east-1")
        .endpoint_url(awsop_test_support::moto::Moto::shared().url())
        .credentials(awsop::Credentials::new(
            "AKID", "secret", None, None, "test",
        ))
        .jitter(|| 0.0)
        .build()
        .unwrap_or_else(|e| panic!("the test client's configuration is invalid: {e}"))
}
