//! awsop-test-support: infrastructure shared by awsop's tests, as a
//! `publish = false` library that test crates take as a dev-dependency.
//!
//! - [`loopback`]: hand-written operations (what the macros generate), a
//!   recording transport, and a scripted loopback HTTP server, for the
//!   runtime's tests;
//! - [`echo`]: responses that echo a request's secrets in every encoding, for
//!   the redaction tests and properties;
//! - [`fuzz_harness`]: the bodies of the `cargo fuzz` targets in `fuzz/`,
//!   which the regression test `runtime/tests/fuzz_regressions.rs` runs on the
//!   kept inputs;
//! - [`botocore`]: files from the pinned botocore wheel, for tests that check
//!   the repository against AWS's own data (the partitions table, the drift
//!   check on the hand-annotated Cognito service, the generated services).
//! - [`moto`]: starts moto (pinned, installed by `scripts/moto.sh`) on a free
//!   loopback port for the end-to-end tests, and stops it with the test
//!   process.
//!
//! Fixtures live beside the code: `fixtures/sigv4-suite/` is the side
//! manifest through which the runtime's SigV4 test fetches AWS's signing test
//! suite from the `aws-sigv4` crate (fetched, never built).

#![allow(
    clippy::unwrap_used,
    reason = "test infrastructure: a failed unwrap fails the test that called it"
)]

pub mod botocore;
pub mod echo;
pub mod fuzz_harness;
pub mod loopback;
pub mod moto;
