#![allow(clippy::unwrap_used)]
//! TLS and transport defaults: certificate verification is always on.
//!
//! A loopback TLS server presents a self-signed certificate for `localhost`
//! (`tests/data/`, test-only): the default transport must refuse it, as a
//! dispatch error that was never sent, and the server must never see a
//! request. That `http` is allowed only as an explicit override is shown in
//! `tests/endpoint_rules.rs` (`http_from_the_rules_is_refused`,
//! `an_override_needs_no_region_and_may_be_http`), summed up in
//! [`https_unless_overridden_with_http`] below; every loopback test overrides
//! the endpoint with `http://`.

use awsop_test_support::loopback as support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use awsop::Client;
use awsop::endpoint::{self, EndpointOverrides, Scheme, ServiceEndpointInfo};
use awsop::retry::RetryConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const CERT: &[u8] = include_bytes!("data/self-signed.cert.pem");
const KEY: &[u8] = include_bytes!("data/self-signed.key.pem");

/// A TLS server on 127.0.0.1 that counts connections, handshakes that
/// completed and request bytes that arrived, and answers `200 {}`.
struct TlsServer {
    port: u16,
    handshakes: Arc<AtomicUsize>,
    attempts: Arc<AtomicUsize>,
    bytes: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn tls_server() -> TlsServer {
    let cert = CertificateDer::from_pem_slice(CERT).unwrap();
    let key = PrivateKeyDer::from_pem_slice(KEY).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (handshakes, attempts, bytes) = (Arc::default(), Arc::default(), Arc::default());
    let (h, a, b): (Arc<AtomicUsize>, Arc<AtomicUsize>, Arc<AtomicUsize>) = (
        Arc::clone(&handshakes),
        Arc::clone(&attempts),
        Arc::clone(&bytes),
    );
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            a.fetch_add(1, Ordering::SeqCst);
            let (acceptor, h, b) = (acceptor.clone(), h.clone(), b.clone());
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return;
                };
                h.fetch_add(1, Ordering::SeqCst);
                let mut buf = [0u8; 1024];
                if let Ok(n) = tls.read(&mut buf).await {
                    b.fetch_add(n, Ordering::SeqCst);
                    let answer = "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.1\r\n\
                                  content-length: 2\r\nconnection: close\r\n\r\n{}";
                    let _ = tls.write_all(answer.as_bytes()).await;
                    let _ = tls.shutdown().await;
                }
            });
        }
    });
    TlsServer {
        port,
        handshakes,
        attempts,
        bytes,
        task,
    }
}

#[tokio::test]
async fn a_self_signed_certificate_is_refused() {
    let server = tls_server().await;
    for host in ["localhost", "127.0.0.1"] {
        let client = Client::builder()
            .region("us-east-1")
            .endpoint_url(format!("https://{host}:{}", server.port))
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let e = client.send(&op("tok")).await.unwrap_err();
        assert!(e.is_dispatch(), "{host}: {e:?}");
        assert!(!e.may_have_been_sent(), "{host}: {e:#}");
        assert_eq!(e.attempts(), 1);
        assert_eq!(
            e.to_string(),
            "AssociateSoftwareToken was not sent: could not connect"
        );
        // The chain names the cause.
        let chain = format!("{e:#}");
        assert!(
            chain.contains("certificate") || chain.contains("UnknownIssuer"),
            "{chain}"
        );
    }
    assert_eq!(server.attempts.load(Ordering::SeqCst), 2, "both connected");
    assert_eq!(
        server.handshakes.load(Ordering::SeqCst),
        0,
        "no handshake completed"
    );
    assert_eq!(server.bytes.load(Ordering::SeqCst), 0, "no request arrived");
}

#[tokio::test]
async fn the_server_works_for_a_client_that_trusts_it() {
    // The control: the same server, with a client that trusts its
    // certificate, completes the handshake and gets the request. So the
    // refusal above is the verification, not a broken server.
    let server = tls_server().await;
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(CERT).unwrap())
        .unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let transport = awsop::transport::ReqwestTransport::from_client(
        reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .build()
            .unwrap(),
    );
    let client = Client::builder()
        .region("us-east-1")
        .endpoint_url(format!("https://localhost:{}", server.port))
        .transport(transport)
        .retry_config(RetryConfig::disabled())
        .attempt_timeout(std::time::Duration::from_secs(2))
        .build()
        .unwrap();
    let out = client.send(&op("tok")).await.unwrap();
    assert_eq!(out.status, 200);
    assert_eq!(server.handshakes.load(Ordering::SeqCst), 1);
    assert!(server.bytes.load(Ordering::SeqCst) > 0);
}

#[test]
fn https_unless_overridden_with_http() {
    // From the rules: always https (every case of tests/endpoint_rules.rs and
    // tests/partitions_table.rs), and an http rule is refused
    // (`http_from_the_rules_is_refused` there).
    const SVC: ServiceEndpointInfo =
        ServiceEndpointInfo::new("Cognito Identity Provider", "cognito-idp");
    let e = endpoint::resolve(
        &SVC,
        Some("eu-west-1"),
        false,
        false,
        &EndpointOverrides::default(),
    )
    .unwrap();
    assert_eq!(e.scheme(), Scheme::Https);
    // An explicit http:// override is the one way to plain http.
    let overrides = EndpointOverrides {
        code: Some("http://127.0.0.1:5000".into()),
        ..EndpointOverrides::default()
    };
    let e = endpoint::resolve(&SVC, Some("eu-west-1"), false, false, &overrides).unwrap();
    assert_eq!(e.scheme(), Scheme::Http);
    assert!(e.ensure_allowed_scheme().is_ok());
}
