//! The fuzz targets' bodies: the harness in the test-support crate, which the
//! runtime's regression test `runtime/tests/fuzz_regressions.rs` runs on the
//! kept inputs, so the fuzzer and CI run the same code.

pub use awsop_test_support::fuzz_harness::{
    decode_response, endpoint_override, error_parser, profile, sigv4,
};
