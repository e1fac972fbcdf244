//! `serve PORT_FILE [SECONDS]`: the loopback server on 127.0.0.1, one thread;
//! writes its URL to PORT_FILE and stops by itself after SECONDS (600).

use std::time::Duration;

use awsop_bench::server;

fn main() {
    let mut args = std::env::args().skip(1);
    let port_file = args.next().expect("usage: serve PORT_FILE [SECONDS]");
    let seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(600);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let addr = listener.local_addr().expect("an address");
        std::fs::write(&port_file, format!("http://{addr}")).expect("the port file");
        server::serve(listener, Duration::from_secs(seconds)).await;
    });
}
