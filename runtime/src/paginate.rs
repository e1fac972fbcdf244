//! Paginated operations as streams: [`Pages`] of outputs, and [`Items`]
//! flattened out of them.
//!
//! A paginator sends its first request as given, reads the next token out of
//! each output and sends the request again with that token set, until the
//! service returns no token. It is lazy: nothing is sent until the stream is
//! polled, and one page is in flight at a time.
//!
//! ```no_run
//! # use awsop::paginate::Pages;
//! # async fn demo<O>(client: &awsop::Client, first: O,
//! #     set: fn(&mut O, String), get: fn(&O::Output) -> Option<String>)
//! # where O: awsop::operation::Operation + Clone + 'static {
//! let mut pages = Pages::new(client, first, set, get).max_pages(100);
//! while let Some(page) = pages.next_page().await {
//!     match page {
//!         Ok(output) => { /* use the page */ }
//!         Err(e) if e.is_pagination() => { /* the service looped, or 100 pages */ break }
//!         Err(e) => { /* the page failed; the stream has ended */ break }
//!     }
//! }
//! # }
//! ```
//!
//! # When the stream ends
//!
//! - After a page whose output has no next token (`next_token` returns `None`).
//! - After a page that failed: the error is yielded, then the stream ends. A
//!   failed page has already been retried by the client.
//! - After a page whose next token equals the token it was requested with: a
//!   service that returns the same token forever would otherwise be paged
//!   without end. That page is yielded, then an error for which
//!   [`Error::is_pagination`] is true.
//! - After [`max_pages`](Pages::max_pages) pages (default [`DEFAULT_MAX_PAGES`])
//!   when the last of them still has a next token: an error for which
//!   [`Error::is_pagination`] is true. A listing that ends exactly on the cap
//!   ends without one.
//!
//! # Empty tokens
//!
//! Some services send `""` rather than omitting the token on the last page.
//! The paginator cannot know what an empty token is for an arbitrary token
//! type, so the `next_token` function decides; for string tokens,
//! [`string_token`] treats `""` as the end.
//!
//! Both types implement [`futures_core::Stream`], so any stream combinator
//! library works with them; [`Pages::next_page`] and [`Items::next_item`]
//! need none.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::client::Client;
use crate::error::Error;
use crate::operation::Operation;

/// How many pages a paginator fetches unless [`Pages::max_pages`] says
/// otherwise.
pub const DEFAULT_MAX_PAGES: usize = 10_000;

/// The next token of a string-token output: `None` when the output has none
/// or it is the empty string (the end, for services that send `""`).
///
/// ```
/// use awsop::paginate::string_token;
/// assert_eq!(string_token(&Some("abc".to_owned())), Some("abc".to_owned()));
/// assert_eq!(string_token(&Some(String::new())), None);
/// assert_eq!(string_token(&None), None);
/// ```
pub fn string_token(t: &Option<String>) -> Option<String> {
    t.as_ref().filter(|s| !s.is_empty()).cloned()
}

/// The page in flight: the operation comes back with its result, to carry
/// the next token.
type PageFuture<O> = Pin<
    Box<
        dyn Future<
                Output = (
                    O,
                    Result<<O as Operation>::Output, Error<<O as Operation>::Error>>,
                ),
            > + Send,
    >,
>;

/// A stream of pages: each item is one output of the operation, or the error
/// that ended the stream. See the [module docs](self).
#[must_use = "a paginator does nothing until it is polled"]
pub struct Pages<O: Operation, T> {
    client: Client,
    /// The request to send next; `None` while one is in flight or when done.
    next: Option<O>,
    in_flight: Option<PageFuture<O>>,
    set_token: fn(&mut O, T),
    next_token: fn(&O::Output) -> Option<T>,
    /// The token the last page was requested with.
    last_token: Option<T>,
    /// An error to yield after the page just yielded, ending the stream.
    pending: Option<Error<O::Error>>,
    pages: usize,
    max_pages: usize,
    done: bool,
}

// No field is ever pinned: the in-flight future is boxed, and the operation
// and tokens are only moved.
impl<O: Operation, T> Unpin for Pages<O, T> {}

impl<O: Operation, T> fmt::Debug for Pages<O, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &O::NAME)
            .field("pages", &self.pages)
            .field("max_pages", &self.max_pages)
            .field("in_flight", &self.in_flight.is_some())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<O, T> Pages<O, T>
where
    O: Operation + Clone + 'static,
    T: Clone + PartialEq + Send + 'static,
{
    /// A paginator that sends `first`, then, while `next_token` finds a token
    /// in the output, the same request with `set_token` applied. Nothing is
    /// sent until the stream is polled.
    pub fn new(
        client: &Client,
        first: O,
        set_token: fn(&mut O, T),
        next_token: fn(&O::Output) -> Option<T>,
    ) -> Self {
        Pages {
            client: client.clone(),
            next: Some(first),
            in_flight: None,
            set_token,
            next_token,
            last_token: None,
            pending: None,
            pages: 0,
            max_pages: DEFAULT_MAX_PAGES,
            done: false,
        }
    }

    /// Fetch at most `n` pages (default [`DEFAULT_MAX_PAGES`]). When the
    /// `n`th page still has a next token, the stream yields an error for
    /// which [`Error::is_pagination`] is true instead of sending request
    /// `n + 1`. With `n = 0` that error comes first and nothing is sent.
    pub fn max_pages(mut self, n: usize) -> Self {
        self.max_pages = n;
        self
    }

    /// The next page: `None` once the stream has ended.
    pub async fn next_page(&mut self) -> Option<Result<O::Output, Error<O::Error>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// A stream of the items of every page, in order: `items` takes them out
    /// of one output. An error is yielded as it is by [`Pages`], and ends
    /// the stream.
    pub fn items<I>(self, items: fn(O::Output) -> Vec<I>) -> Items<O, T, I> {
        Items {
            pages: self,
            items,
            buffer: Vec::new().into_iter(),
        }
    }

    fn stop(&mut self, reason: String) -> Error<O::Error> {
        self.done = true;
        self.next = None;
        Error::pagination(O::NAME, reason)
    }

    /// After a successful page: what to send next, or why not.
    fn after_page(&mut self, mut op: O, output: &O::Output) {
        let Some(token) = (self.next_token)(output) else {
            self.done = true;
            return;
        };
        let pages = self.pages;
        if self.last_token.as_ref() == Some(&token) {
            let e = self.stop(format!(
                "the service returned the same pagination token twice; stopping after {pages} pages"
            ));
            self.pending = Some(e);
        } else if pages >= self.max_pages {
            let e = self.stop(format!(
                "reached the cap of {} pages and the service has more; raise it with max_pages",
                self.max_pages
            ));
            self.pending = Some(e);
        } else {
            (self.set_token)(&mut op, token.clone());
            self.last_token = Some(token);
            self.next = Some(op);
        }
    }
}

impl<O, T> Stream for Pages<O, T>
where
    O: Operation + Clone + 'static,
    T: Clone + PartialEq + Send + 'static,
{
    type Item = Result<O::Output, Error<O::Error>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if let Some(e) = this.pending.take() {
            return Poll::Ready(Some(Err(e)));
        }
        if this.in_flight.is_none() {
            if this.done {
                return Poll::Ready(None);
            }
            let Some(op) = this.next.take() else {
                this.done = true;
                return Poll::Ready(None);
            };
            if this.pages >= this.max_pages {
                let max = this.max_pages;
                return Poll::Ready(Some(Err(this.stop(format!(
                    "reached the cap of {max} pages before the first; raise it with max_pages"
                )))));
            }
            let client = this.client.clone();
            this.in_flight = Some(Box::pin(async move {
                let result = client.send(&op).await;
                (op, result)
            }));
        }
        let Some(fut) = this.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let (op, result) = match fut.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(r) => r,
        };
        this.in_flight = None;
        this.pages += 1;
        match result {
            Ok(output) => {
                this.after_page(op, &output);
                Poll::Ready(Some(Ok(output)))
            }
            Err(e) => {
                this.done = true;
                Poll::Ready(Some(Err(e)))
            }
        }
    }
}

/// A stream of the items of every page, made by [`Pages::items`].
#[must_use = "a paginator does nothing until it is polled"]
pub struct Items<O: Operation, T, I> {
    pages: Pages<O, T>,
    items: fn(O::Output) -> Vec<I>,
    buffer: std::vec::IntoIter<I>,
}

// As for `Pages`: nothing is pinned.
impl<O: Operation, T, I> Unpin for Items<O, T, I> {}

impl<O: Operation, T, I> fmt::Debug for Items<O, T, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish_non_exhaustive()
    }
}

impl<O, T, I> Items<O, T, I>
where
    O: Operation + Clone + 'static,
    T: Clone + PartialEq + Send + 'static,
{
    /// The next item: `None` once the stream has ended.
    pub async fn next_item(&mut self) -> Option<Result<I, Error<O::Error>>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<O, T, I> Stream for Items<O, T, I>
where
    O: Operation + Clone + 'static,
    T: Clone + PartialEq + Send + 'static,
{
    type Item = Result<I, Error<O::Error>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(output))) => this.buffer = (this.items)(output).into_iter(),
            }
        }
    }
}
