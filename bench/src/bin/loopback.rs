//! `loopback URL N awsop|reqwest`: N sequential and N concurrent
//! AssociateSoftwareToken calls against `serve`, with awsop's client or with
//! plain reqwest POSTing the same bytes (the limit). One thread.

use awsop::Client;
use awsop_bench::fixtures;
use awsop_bench::loopback;
use cognito_totp::cognito::AssociateSoftwareToken;

fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().expect("usage: loopback URL N awsop|reqwest");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let which = args.next().unwrap_or_else(|| "awsop".to_owned());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async move {
        match which.as_str() {
            "awsop" => {
                let client = Client::builder()
                    .region("us-east-1")
                    .endpoint_url(url)
                    .no_credentials()
                    .build()
                    .expect("a client");
                loopback::run("awsop", n, move || {
                    let client = client.clone();
                    async move {
                        let out = AssociateSoftwareToken::new()
                            .access_token(fixtures::access_token().to_owned())
                            .send(&client)
                            .await
                            .expect("the loopback server answers");
                        assert!(out.secret_code.is_some());
                    }
                })
                .await;
            }
            "reqwest" => {
                // reqwest as awsop builds it (rustls with ring, no roots
                // needed over plain HTTP), with none of awsop's work around it.
                let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
                let tls = rustls::ClientConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .expect("TLS versions")
                    .with_root_certificates(rustls::RootCertStore::empty())
                    .with_no_client_auth();
                let client = reqwest::Client::builder()
                    .use_preconfigured_tls(tls)
                    .build()
                    .expect("a client");
                let body = bytes::Bytes::from(format!(
                    "{{\"AccessToken\":\"{}\"}}",
                    fixtures::access_token()
                ));
                let url = format!("{url}/");
                loopback::run("reqwest", n, move || {
                    let (client, body, url) = (client.clone(), body.clone(), url.clone());
                    async move {
                        let response = client
                            .post(url)
                            .header("content-type", "application/x-amz-json-1.1")
                            .header(
                                "x-amz-target",
                                "AWSCognitoIdentityProviderService.AssociateSoftwareToken",
                            )
                            .body(body)
                            .send()
                            .await
                            .expect("the loopback server answers");
                        assert!(response.status().is_success());
                        let body = response.bytes().await.expect("a body");
                        assert!(!body.is_empty());
                    }
                })
                .await;
            }
            other => panic!("unknown client {other:?}: awsop or reqwest"),
        }
    });
}
