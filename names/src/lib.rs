//! The naming rules awsop's macros and tools share, in one place.
//!
//! - [`wire`]: the wire name the macros give a field written without
//!   `#[aws(rename)]` (its PascalCase). `awsop-macros` expands with it,
//!   `awsop-drift` checks with it, and `awsop-codegen` uses it to know when a
//!   field needs `rename`.
//! - [`rust`]: the Rust name `awsop-codegen` gives a model name (a type, a
//!   variant, a field).
//! - [`keys`]: the macros' names and attribute keys, as the macros parse them
//!   and `awsop-drift` reads them back.
//!
//! This crate has no dependencies: the proc-macro crate depends on it, and
//! its build stays `syn`, `quote` and `proc-macro2` only. The botocore model
//! reader (`awsop-model`) re-exports it.

pub mod keys;
pub mod rust;
pub mod wire;
