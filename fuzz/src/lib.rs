//! The fuzz targets' bodies: the harness shared with the runtime's regression
//! test `runtime/tests/fuzz_regressions.rs`, included by path so both run the
//! same code.

#[path = "../../runtime/tests/fuzz_harness/mod.rs"]
mod harness;

pub use harness::{decode_response, endpoint_override, error_parser, profile, sigv4};
