//! `send` end to end against a loopback server: an `auth = none` operation
//! goes out unsigned from a client that has no credentials at all.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::io::{Read, Write};
use std::net::TcpListener;

use awsop::error::UnhandledError;
use awsop::{Client, Sensitive, aws_operation, aws_service, aws_shape};

/// Cognito.
#[aws_service(
    protocol = awsJson1_1,
    target_prefix = "AWSCognitoIdentityProviderService",
    endpoint_prefix = "cognito-idp",
    service_id = "Cognito Identity Provider",
)]
pub struct Cognito;

/// The operation.
#[aws_operation(service = Cognito, target = "AssociateSoftwareToken", output = Out, error = UnhandledError, auth = none)]
pub struct AssociateSoftwareToken {
    /// The token.
    pub access_token: Option<Sensitive<String>>,
}

/// The output.
#[aws_shape]
pub struct Out {
    /// The secret.
    pub secret_code: Option<Sensitive<String>>,
    /// The status.
    #[aws(http_status)]
    pub status: u16,
    /// The request id.
    #[aws(request_id)]
    pub request_id: Option<String>,
}

/// Answers one request and returns its head and body.
fn serve_once(listener: TcpListener) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = s.read(&mut chunk).unwrap();
            buf.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&buf).to_string();
            if let Some(i) = text.find("\r\n\r\n") {
                let len: usize = text
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse().unwrap())
                    })
                    .unwrap_or(0);
                if buf.len() >= i + 4 + len {
                    break;
                }
            }
            assert!(n > 0, "connection closed early");
        }
        let body = br#"{"SecretCode":"ABC"}"#;
        write!(
            s,
            "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.1\r\nx-amzn-requestid: rid-9\r\ncontent-length: {}\r\n\r\n",
            body.len()
        )
        .unwrap();
        s.write_all(body).unwrap();
        String::from_utf8_lossy(&buf).to_string()
    })
}

#[tokio::test(flavor = "current_thread")]
async fn no_auth_operations_need_no_credentials() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = serve_once(listener);
    let client = Client::builder()
        .region("us-east-1")
        .endpoint_url(url)
        .no_credentials()
        .build()
        .unwrap();
    let out = AssociateSoftwareToken::new()
        .access_token("tok")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(out.secret_code.unwrap().expose(), "ABC");
    assert_eq!(
        (out.status, out.request_id.as_deref()),
        (200, Some("rid-9"))
    );
    let request = server.join().unwrap().to_ascii_lowercase();
    assert!(
        request.contains("x-amz-target: awscognitoidentityproviderservice.associatesoftwaretoken")
    );
    assert!(!request.contains("authorization:"), "{request}");
    assert!(request.ends_with(r#"{"accesstoken":"tok"}"#), "{request}");
}
