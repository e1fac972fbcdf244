//! The crate's own small async runtime pieces: the boxed future every trait
//! returns, and a thread whose result is awaited without blocking the
//! executor.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// A boxed, `Send` future: what [`ProvideCredentials`](crate::credentials::ProvideCredentials),
/// [`Transport`](crate::transport::Transport) and
/// [`AsyncSleep`](crate::transport::AsyncSleep) return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Runs `f` on a new thread; the returned future resolves to its result
/// (`None` if it panicked) without blocking the executor.
pub(crate) fn run_on_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<ThreadResult<T>> {
    let shared = Arc::new(Mutex::new(OneshotState {
        value: None,
        done: false,
        waker: None,
    }));
    let sender = OneshotSender(Arc::clone(&shared));
    std::thread::Builder::new()
        .name("awsop-credentials".to_owned())
        .spawn(move || sender.send(f()))?;
    Ok(ThreadResult(shared))
}

struct OneshotState<T> {
    value: Option<T>,
    done: bool,
    waker: Option<Waker>,
}

/// The sending half: sends once, or on drop (a panic) marks the channel done.
struct OneshotSender<T>(Arc<Mutex<OneshotState<T>>>);

impl<T> OneshotSender<T> {
    fn send(self, value: T) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).value = Some(value);
        // Drop marks it done and wakes the receiver.
    }
}

impl<T> Drop for OneshotSender<T> {
    fn drop(&mut self) {
        let waker = {
            let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
            state.done = true;
            state.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// The result of [`run_on_thread`]: `Some(value)`, or `None` if the thread
/// panicked.
pub(crate) struct ThreadResult<T>(Arc<Mutex<OneshotState<T>>>);

impl<T> Future for ThreadResult<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if state.done {
            return Poll::Ready(state.value.take());
        }
        state.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}
