//! The generator's one error: which file, which shape or operation, and why.

use std::fmt;
use std::path::PathBuf;

/// Why a model could not be turned into a crate.
///
/// `Display` reads `<file>: <where>: <reason>`, e.g.
/// `service-2.json: shape `Foo` member `Bar`: refers to shape `Baz`, which the model does not define`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file the problem is in (or that was being written).
    pub file: PathBuf,
    /// The shape, operation or paginator concerned; empty for the whole file.
    pub context: String,
    /// What is wrong, and what to do about it when that is known.
    pub reason: String,
}

impl Error {
    /// An error in `file` at `context`.
    pub fn new(
        file: impl Into<PathBuf>,
        context: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Error {
            file: file.into(),
            context: context.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.context.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.reason)
        } else {
            write!(
                f,
                "{}: {}: {}",
                self.file.display(),
                self.context,
                self.reason
            )
        }
    }
}

impl std::error::Error for Error {}
