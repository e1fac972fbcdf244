//! awsop's benchmarks: the fixtures, the hand-written baseline, the per-call
//! cases shared by the `percall` bench and the `callgrind` program, and the
//! loopback server that answers like Cognito.
//!
//! `bench/run.sh` runs everything and writes `BENCHMARKS.md`.

pub mod baseline;
pub mod cases;
pub mod fixtures;
pub mod loopback;
pub mod server;
