//! `cargo +nightly fuzz run endpoint_override`: see fuzz/README.md and
//! test-support/src/fuzz_harness.rs, which holds the body.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| awsop_fuzz::endpoint_override(data));
