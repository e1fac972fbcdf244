//! awsop: call AWS APIs from annotated Rust structs.
pub mod env;
pub mod sensitive;
pub mod time;

pub use sensitive::{REDACTED, Sensitive};
