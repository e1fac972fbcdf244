//! The client side of the loopback benchmark: N sequential calls, then N with
//! [`IN_FLIGHT`] in flight, each call timed; one JSON line per mode.
//!
//! bench/official/src/bin/loopback.rs repeats this for the official SDK (it
//! cannot depend on this crate without pulling awsop into its build).

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Calls in flight in the concurrent mode.
pub const IN_FLIGHT: usize = 64;
/// Calls made before measuring, to open connections and fill caches.
pub const WARM_UP: usize = 200;

#[expect(
    clippy::disallowed_methods,
    reason = "a benchmark reads the wall clock"
)]
fn now() -> Instant {
    Instant::now()
}

fn report(client: &str, mode: &str, mut lat: Vec<Duration>, total: Duration) {
    lat.sort();
    let pick = |q: f64| {
        let i = ((lat.len() as f64 * q) as usize).min(lat.len() - 1);
        lat[i].as_secs_f64() * 1e6
    };
    println!(
        "{{\"client\":\"{client}\",\"mode\":\"{mode}\",\"n\":{},\"p50_us\":{:.1},\"p99_us\":{:.1},\"calls_per_s\":{:.0}}}",
        lat.len(),
        pick(0.50),
        pick(0.99),
        lat.len() as f64 / total.as_secs_f64()
    );
}

/// Runs both modes with `call` on the current thread and prints the results.
/// Call it inside a current-thread runtime, from a `LocalSet`.
pub async fn run<F, Fut>(client: &str, n: usize, call: F)
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = ()>,
{
    for _ in 0..WARM_UP {
        call().await;
    }

    let start = now();
    let mut lat = Vec::with_capacity(n);
    for _ in 0..n {
        let t = now();
        call().await;
        lat.push(t.elapsed());
    }
    report(client, "sequential", lat, start.elapsed());

    let next = Rc::new(Cell::new(0usize));
    let start = now();
    let mut tasks = Vec::with_capacity(IN_FLIGHT);
    for _ in 0..IN_FLIGHT {
        let (call, next) = (call.clone(), next.clone());
        tasks.push(tokio::task::spawn_local(async move {
            let mut lat = Vec::new();
            while next.get() < n {
                next.set(next.get() + 1);
                let t = now();
                call().await;
                lat.push(t.elapsed());
            }
            lat
        }));
    }
    let mut lat = Vec::with_capacity(n);
    for task in tasks {
        lat.extend(task.await.expect("a call task"));
    }
    report(client, "concurrent64", lat, start.elapsed());
}
