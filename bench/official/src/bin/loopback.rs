//! The official SDK's side of the loopback benchmark: `loopback URL N` makes N
//! sequential AssociateSoftwareToken calls, then N with 64 in flight, against
//! the server of `awsop-bench serve`, and prints one JSON line per mode in the
//! format of awsop-bench's own `loopback` program.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aws_config::{BehaviorVersion, Region};
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::config::Credentials;

const IN_FLIGHT: usize = 64;

async fn call(client: &Client) -> Duration {
    let start = Instant::now();
    let out = client
        .associate_software_token()
        .access_token("access-token")
        .send()
        .await
        .expect("the loopback server answers");
    assert!(out.secret_code().is_some());
    start.elapsed()
}

fn report(mode: &str, mut lat: Vec<Duration>, total: Duration) {
    lat.sort();
    let pick =
        |q: f64| lat[((lat.len() as f64 * q) as usize).min(lat.len() - 1)].as_secs_f64() * 1e6;
    println!(
        "{{\"client\":\"sdk\",\"mode\":\"{mode}\",\"n\":{},\"p50_us\":{:.1},\"p99_us\":{:.1},\"calls_per_s\":{:.0}}}",
        lat.len(),
        pick(0.50),
        pick(0.99),
        lat.len() as f64 / total.as_secs_f64()
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let endpoint = args.next().expect("usage: loopback URL N");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let config = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "SECRET",
            None,
            None,
            "bench",
        ))
        .endpoint_url(endpoint)
        .load()
        .await;
    let client = Client::new(&config);

    // Warm up: connections, credentials cache, endpoint resolution.
    for _ in 0..200 {
        call(&client).await;
    }

    let start = Instant::now();
    let mut lat = Vec::with_capacity(n);
    for _ in 0..n {
        lat.push(call(&client).await);
    }
    report("sequential", lat, start.elapsed());

    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let local = tokio::task::LocalSet::new();
    let lat = local
        .run_until(async {
            let mut tasks = Vec::new();
            for _ in 0..IN_FLIGHT {
                let (client, next) = (client.clone(), next.clone());
                tasks.push(tokio::task::spawn_local(async move {
                    let mut lat = Vec::new();
                    while next.fetch_add(1, Ordering::Relaxed) < n {
                        lat.push(call(&client).await);
                    }
                    lat
                }));
            }
            let mut all = Vec::with_capacity(n);
            for task in tasks {
                all.extend(task.await.expect("task"));
            }
            all
        })
        .await;
    report("concurrent64", lat, start.elapsed());
}
