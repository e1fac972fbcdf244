//! awsop: call AWS APIs from annotated Rust structs.
//!
//! The runtime behind awsop's macros: SigV4, credentials, endpoints, the
//! awsJson wire, retries, timeouts and one error type. The macros write thin
//! glue that implements [`operation::Operation`] and friends; everything that
//! happens on `send` lives here, in ordinary tested code.
//!
//! # Modules
//!
//! - [`operation`]: the traits an annotated struct implements;
//! - [`client`]: the [`Client`] and the send loop;
//! - [`protocol`] and [`wire`]: the awsJson 1.0/1.1 request and response;
//! - [`sigv4`], [`credentials`], [`profile`], [`endpoint`]: signing and configuration;
//! - [`retry`], [`time`], [`transport`]: what happens between attempts;
//! - [`error`]: the one error of every `send`;
//! - [`paginate`]: paginated operations as streams of pages or items;
//! - [`sensitive`]: secrets, and their redaction.
//!
//! # Features
//!
//! - `reqwest` (default): the reqwest + rustls transport and tokio's timer.
//!   Without it the crate is the sans-IO core: bring a
//!   [`transport::Transport`] and a [`transport::AsyncSleep`].

pub mod client;
pub mod credentials;
pub mod endpoint;
pub mod env;
pub mod error;
pub mod operation;
pub mod paginate;
pub mod profile;
pub mod protocol;
mod rand;
pub mod retry;
mod rt;
pub mod sensitive;
pub mod sigv4;
pub mod time;
pub mod transport;
pub mod wire;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use client::{Client, ClientBuilder};
pub use credentials::{Credentials, ProvideCredentials};
pub use error::Error;
pub use sensitive::{REDACTED, Sensitive};

pub use awsop_macros::{aws_enum, aws_error, aws_exception, aws_operation, aws_service, aws_shape};
