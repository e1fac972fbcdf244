//! Why a model could not be read: where in it, and what is wrong.

use std::fmt;

/// A model or paginators file that could not be read.
///
/// `Display` reads `<where>: <reason>`, or `<reason>` for the whole file, e.g.
/// ``shape `Stamp`: unknown shape type `instant` ``. The file is not named:
/// the caller knows it and adds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The shape, operation or paginator concerned (e.g. ``shape `Foo` ``);
    /// empty for the whole file.
    pub context: String,
    /// What is wrong.
    pub reason: String,
}

impl Error {
    /// An error at `context`.
    pub fn new(context: impl Into<String>, reason: impl Into<String>) -> Self {
        Error {
            context: context.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.context.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.context, self.reason)
        }
    }
}

impl std::error::Error for Error {}
