//! awsop-drift: checks hand-annotated awsop structs against AWS's model of
//! the service, and reports every difference.
//!
//! ```text
//! awsop-drift --model service-2.json --source examples/cognito-totp/src/cognito.rs
//! ```
//!
//! The model is read by `awsop-model`, the reader the generator uses too;
//! the source is read with syn (never compiled), and its attributes with the
//! macros' own parser ([`awsop_dsl::attr`]), so drift accepts exactly the
//! keys the macros accept and refuses, as an error, what they refuse as
//! syntax. Every item carrying
//! `#[aws_operation]`, `#[aws_shape]`, `#[aws_exception]`, `#[aws_enum]` or
//! `#[aws_service]` is matched to the model; `#[aws_error]` enums are checked
//! through the operations that name them.
//!
//! # How items map to the model
//!
//! - An operation by its `target` (`"Name"` or `"Prefix.Name"`): its fields
//!   against the operation's input shape, its `output = ...` against the
//!   operation's output, its `auth` against the operation's (`none` ⇔
//!   [`awsop_model::Auth::None`]: `smithy.api#noAuth` first in `"auth"`, or
//!   `"authtype": "none"` without `"auth"`, as botocore resolves it), and the
//!   variants of its `error = ...` enum against the operation's errors (each
//!   once: the model may list one twice).
//! - Shapes, exceptions and enums by type name = model shape name.
//! - Members by wire name: `#[aws(rename = "...")]`, else the field's
//!   PascalCase by the macros' own rule ([`awsop_model::names::wire`], the
//!   crate the macros use). An exception's field `message` matches `message` or
//!   `Message`, as `#[aws_exception]` reads both. `#[aws(http_status)]` and
//!   `#[aws(request_id)]` fields are not on the wire and are skipped.
//! - Enum values by `#[aws(value = "...")]`, else the variant's name; error
//!   codes by `#[aws(code = "...")]`, else the variant's name;
//!   `#[aws(other)]` variants are the catch-alls and are skipped.
//!
//! # What is reported
//!
//! One [`Drift`] per difference, printed as one line `Item: what differs`:
//! a member missing, misnamed (the wire name differs from a missing member
//! only in case) or not in the model; a member required in the model but an
//! `Option` here, or the reverse; a member whose target is sensitive in the
//! model (or a list or map of a sensitive shape) whose field is not
//! `Sensitive<...>`, not `#[aws(sensitive)]`, not of a type declared
//! `#[aws_shape(sensitive)]`/`#[aws_enum(sensitive)]` and not inside a
//! `#[aws_shape(sensitive)]`; a sensitive model structure or enum not declared
//! sensitive; a wrong `auth`; an error missing from or extra in the error
//! enum; an enum value missing or extra; an exception whose retry
//! classification (`retryable`, `throttling`) differs; a service constant
//! that differs from the model's metadata; a name the model does not have;
//! an `#[aws_shape(output)]` (no setters) that an operation's input reaches,
//! so users build it ([`awsop_model::Model::output_only`]).
//!
//! Not reported: a field marked sensitive that the model does not mark (more
//! redaction is safe), a shape only responses hold that is not marked
//! `output` (setters nobody needs), member types, documentation, and model shapes the
//! source does not annotate (a crate may cover a subset of a service).

mod check;
pub mod source;

use std::fmt;

pub use awsop_model::Model;
pub use check::check;
pub use source::Source;

/// One difference between the source and the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The Rust item it is about.
    pub item: String,
    /// What differs.
    pub message: String,
}

/// `Item: what differs`.
impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.message)
    }
}

/// A model or source that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// A model that could not be read.
impl From<awsop_model::Error> for Error {
    fn from(e: awsop_model::Error) -> Self {
        Error::new(e.to_string())
    }
}

/// Checks Rust source texts against a model's JSON text: [`Model::from_json`],
/// [`Source::parse`] and [`check`] in one call.
///
/// # Errors
///
/// When the model is not a botocore model or a source is not Rust.
pub fn check_texts(model_json: &str, sources: &[&str]) -> Result<Vec<Drift>, Error> {
    let model = Model::from_json(model_json)?;
    let mut source = Source::default();
    for text in sources {
        source.extend(Source::parse(text)?);
    }
    Ok(check(&model, &source))
}
