//! `cargo +nightly fuzz run sigv4`: see fuzz/README.md and
//! test-support/src/fuzz_harness.rs, which holds the body.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| awsop_fuzz::sigv4(data));
