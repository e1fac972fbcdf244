//! `callgrind CASE SIDE N`: runs one per-call case N times, for counting
//! instructions under `valgrind --tool=callgrind`. SIDE is `awsop` or
//! `baseline`; CASE one of `awsop_bench::cases::PAIRS` (`list` prints them).
//! bench/run.sh runs each at two values of N and divides the difference, so
//! start-up and one-time work cancel out.

use awsop_bench::cases::{self, Ctx, PAIRS};

fn main() {
    let mut args = std::env::args().skip(1);
    let case = args.next().expect("usage: callgrind CASE SIDE N");
    if case == "list" {
        for (name, _, _) in PAIRS {
            println!("{name}");
        }
        return;
    }
    let side = args.next().expect("usage: callgrind CASE SIDE N");
    let n: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .expect("usage: callgrind CASE SIDE N");
    let (_, awsop, baseline) = PAIRS
        .iter()
        .find(|(name, _, _)| *name == case)
        .unwrap_or_else(|| panic!("unknown case {case:?}"));
    let f = match side.as_str() {
        "awsop" => awsop,
        "baseline" => baseline,
        other => panic!("unknown side {other:?}"),
    };
    let ctx = Ctx::default();
    cases::check(&ctx);
    for _ in 0..n {
        f(&ctx);
    }
}
