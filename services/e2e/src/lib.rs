//! End-to-end tests of the generated service crates (DynamoDB, KMS, Cognito
//! Identity Provider) against moto; the tests are in `tests/`. This library
//! holds only the clients they share.

use std::time::Duration;

use awsop::transport::{BoxFuture, Limits, ReqwestTransport, Transport, TransportError};

/// A client for the shared moto: region `us-east-1`, static test
/// credentials, zero jitter.
///
/// # Panics
///
/// When moto cannot be started (the message says why).
pub fn moto_client() -> awsop::Client {
    builder()
        .build()
        .unwrap_or_else(|e| panic!("the test client's configuration is invalid: {e}"))
}

/// [`moto_client`] for KMS: moto 5 answers KMS with a JSON body labelled
/// `Content-Type: text/html`, which awsop rightly refuses from a real
/// service, so this client's transport relabels it.
///
/// # Panics
///
/// As [`moto_client`].
pub fn moto_kms_client() -> awsop::Client {
    let inner = ReqwestTransport::new(Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("no reqwest transport: {e}"));
    builder()
        .transport(MotoKmsContentType(inner))
        .build()
        .unwrap_or_else(|e| panic!("the test client's configuration is invalid: {e}"))
}

#[derive(Debug)]
struct MotoKmsContentType(ReqwestTransport);

impl Transport for MotoKmsContentType {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        Box::pin(async move {
            let mut response = self.0.send(request, limits).await?;
            let html = response
                .headers()
                .get(http::header::CONTENT_TYPE)
                .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
            if html {
                response.headers_mut().insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("application/x-amz-json-1.1"),
                );
            }
            Ok(response)
        })
    }
}

fn builder() -> awsop::ClientBuilder {
    awsop::Client::builder()
        .region("us-east-1")
        .endpoint_url(awsop_examples::moto::Moto::shared().url())
        .credentials(awsop::Credentials::new(
            "AKID", "secret", None, None, "test",
        ))
        .jitter(|| 0.0)
}
