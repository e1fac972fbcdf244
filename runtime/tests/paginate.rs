#![allow(clippy::unwrap_used)]
//! `awsop::paginate`: pages and items over a scripted transport.

use awsop_test_support::loopback as support;

use std::pin::Pin;
use std::time::Duration;

use awsop::Client;
use awsop::paginate::{Items, Pages, string_token};
use awsop::transport::{AsyncSleep, BoxFuture};
use futures_core::Stream;
use support::*;

/// A timer that fires at once, so the tests need no reqwest feature.
#[derive(Debug)]
struct NoSleep;

impl AsyncSleep for NoSleep {
    fn sleep(&self, _: Duration) -> BoxFuture<'static, ()> {
        Box::pin(async {})
    }
}

fn client(rec: &Recorder) -> Client {
    Client::builder()
        .endpoint_url("http://127.0.0.1:1")
        .transport(rec.clone())
        .sleep_impl(NoSleep)
        .build()
        .unwrap()
}

fn set_token(op: &mut ListUsers, t: String) {
    op.pagination_token = Some(t);
}

fn next_token(out: &ListUsersResponse) -> Option<String> {
    string_token(&out.pagination_token)
}

fn users(out: ListUsersResponse) -> Vec<String> {
    out.users.unwrap_or_default()
}

fn pages(rec: &Recorder) -> Pages<ListUsers, String> {
    let first = ListUsers {
        user_pool_id: "pool".into(),
        pagination_token: None,
    };
    Pages::new(&client(rec), first, set_token, next_token)
}

/// The `PaginationToken` of each request sent.
fn tokens_sent(rec: &Recorder) -> Vec<Option<String>> {
    rec.requests()
        .iter()
        .map(|r| {
            let body: serde_json::Value = serde_json::from_slice(r.body()).unwrap();
            assert_eq!(body["UserPoolId"], "pool");
            body.get("PaginationToken")
                .map(|t| t.as_str().unwrap().to_owned())
        })
        .collect()
}

/// Drives a stream to its end through `Stream::poll_next`.
async fn collect<S: Stream + Unpin>(mut s: S) -> Vec<S::Item> {
    let mut out = Vec::new();
    while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut s).poll_next(cx)).await {
        out.push(item);
    }
    out
}

#[tokio::test]
async fn three_pages_then_the_end() {
    let rec = Recorder::new(vec![
        Ok(users_page(&["a", "b"], Some("t1"))),
        Ok(users_page(&["c"], Some("t2"))),
        Ok(users_page(&["d"], None)),
    ]);
    let got = collect(pages(&rec)).await;
    let got: Vec<Vec<String>> = got.into_iter().map(|p| users(p.unwrap())).collect();
    assert_eq!(got, [vec!["a", "b"], vec!["c"], vec!["d"]]);
    assert_eq!(
        tokens_sent(&rec),
        [None, Some("t1".into()), Some("t2".into())]
    );
}

#[tokio::test]
async fn next_page_is_the_same_stream_and_stays_ended() {
    let rec = Recorder::new(vec![
        Ok(users_page(&["a"], Some("t1"))),
        Ok(users_page(&["b"], None)),
    ]);
    let mut p = pages(&rec);
    assert!(rec.requests().is_empty(), "nothing is sent before polling");
    assert_eq!(users(p.next_page().await.unwrap().unwrap()), ["a"]);
    assert_eq!(users(p.next_page().await.unwrap().unwrap()), ["b"]);
    assert!(p.next_page().await.is_none());
    assert!(p.next_page().await.is_none());
    assert_eq!(rec.requests().len(), 2);
}

#[tokio::test]
async fn items_are_flattened_across_pages() {
    let rec = Recorder::new(vec![
        Ok(users_page(&["a", "b"], Some("t1"))),
        Ok(users_page(&[], Some("t2"))),
        Ok(users_page(&["c"], Some("t3"))),
        Ok(users_page(&["d", "e"], None)),
    ]);
    let items: Items<_, _, String> = pages(&rec).items(users);
    let got: Vec<String> = collect(items)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(got, ["a", "b", "c", "d", "e"]);

    let rec = Recorder::new(vec![Ok(users_page(&["x"], None))]);
    let mut items = pages(&rec).items(users);
    assert_eq!(items.next_item().await.unwrap().unwrap(), "x");
    assert!(items.next_item().await.is_none());
}

#[tokio::test]
async fn a_repeated_token_stops_with_an_error_after_the_pages_before_it() {
    let rec = Recorder::new(vec![
        Ok(users_page(&["a"], Some("t1"))),
        Ok(users_page(&["b"], Some("t1"))),
        // Never requested.
        Ok(users_page(&["c"], None)),
    ]);
    let mut got = collect(pages(&rec)).await.into_iter();
    assert_eq!(users(got.next().unwrap().unwrap()), ["a"]);
    assert_eq!(users(got.next().unwrap().unwrap()), ["b"]);
    let e = got.next().unwrap().unwrap_err();
    assert!(got.next().is_none());
    assert!(e.is_pagination() && !e.is_construction() && !e.may_have_been_sent());
    assert_eq!(
        e.to_string(),
        "ListUsers: pagination stopped: the service returned the same pagination token twice; \
         stopping after 2 pages"
    );
    assert_eq!(tokens_sent(&rec), [None, Some("t1".into())]);
}

#[tokio::test]
async fn an_error_page_ends_the_stream() {
    let rec = Recorder::new(vec![
        Ok(users_page(&["a"], Some("t1"))),
        Ok(Canned::json(
            400,
            r#"{"__type":"NotAuthorizedException","message":"nope"}"#,
        )),
        Ok(users_page(&["c"], None)),
    ]);
    let mut got = collect(pages(&rec)).await.into_iter();
    assert_eq!(users(got.next().unwrap().unwrap()), ["a"]);
    let e = got.next().unwrap().unwrap_err();
    assert!(got.next().is_none());
    assert!(e.is_service());
    assert_eq!(e.code(), Some("NotAuthorizedException"));
    assert_eq!(rec.requests().len(), 2);

    // Items: the error is yielded after the items before it.
    let rec = Recorder::new(vec![
        Ok(users_page(&["a", "b"], Some("t1"))),
        Ok(Canned::json(400, r#"{"__type":"NotAuthorizedException"}"#)),
    ]);
    let got = collect(pages(&rec).items(users)).await;
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].as_ref().unwrap(), "a");
    assert_eq!(got[1].as_ref().unwrap(), "b");
    assert!(got[2].as_ref().unwrap_err().is_service());
}

#[tokio::test]
async fn the_page_cap_ends_with_an_error() {
    let script = (0..5)
        .map(|i| Ok(users_page(&["u"], Some(&format!("t{i}")))))
        .collect();
    let rec = Recorder::new(script);
    let got = collect(pages(&rec).max_pages(3)).await;
    assert_eq!(got.len(), 4);
    assert!(got[..3].iter().all(Result::is_ok));
    let e = got[3].as_ref().unwrap_err();
    assert!(e.is_pagination());
    assert_eq!(
        e.to_string(),
        "ListUsers: pagination stopped: reached the cap of 3 pages and the service has more; \
         raise it with max_pages"
    );
    assert_eq!(rec.requests().len(), 3);

    // A listing that ends exactly on the cap ends cleanly.
    let rec = Recorder::new(vec![
        Ok(users_page(&["a"], Some("t1"))),
        Ok(users_page(&["b"], None)),
    ]);
    let got = collect(pages(&rec).max_pages(2)).await;
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(Result::is_ok));

    // No pages at all: the error, and nothing sent.
    let rec = Recorder::new(vec![]);
    let got = collect(pages(&rec).max_pages(0)).await;
    assert_eq!(got.len(), 1);
    assert!(got[0].as_ref().unwrap_err().is_pagination());
    assert!(rec.requests().is_empty());
}

#[tokio::test]
async fn an_empty_string_token_is_the_end() {
    assert_eq!(string_token(&Some("t".into())), Some("t".to_owned()));
    assert_eq!(string_token(&Some(String::new())), None);
    assert_eq!(string_token(&None), None);

    let rec = Recorder::new(vec![
        Ok(users_page(&["a"], Some("t1"))),
        Ok(users_page(&["b"], Some(""))),
        // Never requested.
        Ok(users_page(&["c"], None)),
    ]);
    let got = collect(pages(&rec)).await;
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(Result::is_ok));
    assert_eq!(rec.requests().len(), 2);
}

#[test]
fn pages_are_send() {
    fn is_send<S: Send>(_: &S) {}
    let rec = Recorder::new(vec![]);
    let p = pages(&rec);
    is_send(&p);
    is_send(&p.items(users));
}
