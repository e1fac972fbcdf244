//! A loopback HTTP/1.1 server that answers every request like Cognito answers
//! `AssociateSoftwareToken`: 200, `application/x-amz-json-1.1`, a request id,
//! a fixed body. It reads each request's body before answering.

use std::convert::Infallible;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::fixtures::{AST_RESPONSE, REQUEST_ID};

async fn answer(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let _ = req.into_body().collect().await;
    let response = Response::builder()
        .status(200)
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amzn-requestid", REQUEST_ID)
        .body(Full::new(Bytes::from_static(AST_RESPONSE)))
        .expect("a valid response");
    Ok(response)
}

/// Serves connections from `listener` until `limit` has passed.
pub async fn serve(listener: TcpListener, limit: Duration) {
    let accept = async {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service_fn(answer))
                    .await;
            });
        }
    };
    let _ = tokio::time::timeout(limit, accept).await;
}
