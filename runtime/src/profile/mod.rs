//! The shared AWS `config` and `credentials` files, parsed by AWS's profile rules.
//!
//! The rules are those of the AWS SDKs and Tools reference guide ("Location of
//! the shared config and credentials files", "shared config and credentials
//! files") and of the profile-parser test suite the SDKs share:
//!
//! - Files: `AWS_CONFIG_FILE` (default `~/.aws/config`) and
//!   `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`); a leading
//!   `~` is the home directory ([`Env::expand_home`]). A file that does not
//!   exist counts as empty.
//! - Sections: in the config file `[default]`, `[profile name]`,
//!   `[sso-session name]` and `[services name]`; in the credentials file
//!   `[name]`, without the `profile ` prefix. Whitespace inside the brackets is
//!   trimmed, and spaces or tabs separate a prefix from its name. When the
//!   config file has `[profile default]`, every `[default]` section in it is
//!   ignored.
//! - Names of sections and properties may hold ASCII letters, digits and
//!   `- / . % @ _ : +`. Property names are case-insensitive (stored in lower
//!   case); section names are case-sensitive.
//! - Lines: `key = value` (both sides trimmed, the value may contain `=`); a
//!   line starting with a space or tab continues the previous property's value
//!   on a new line (`value\ncontinued`). A property whose value is empty and
//!   that is continued has *sub-properties*, one `subkey = value` per
//!   continuation line, as the `services` sections use:
//!
//!   ```text
//!   [services my-services]
//!   cognito_identity_provider =
//!     endpoint_url = http://127.0.0.1:5000
//!   ```
//! - Comments: a line starting with `#` or `;`; after a section header, `#` or
//!   `;` anywhere; after a property value, `#` or `;` only after a space or tab
//!   (`value#1` is the value). Continuation lines keep their comments.
//! - Merging: a section repeated in one file merges with the earlier one, the
//!   later value of a property winning; a profile in both files merges the
//!   same way, the credentials file winning.
//!
//! ```
//! use awsop::profile::ProfileSet;
//! use std::path::Path;
//! let config = "[profile dev]\nregion = eu-west-1\n";
//! let credentials = "[dev]\naws_access_key_id = AKIDEXAMPLE\n";
//! let set = ProfileSet::parse(
//!     Some((Path::new("/home/u/.aws/config"), config)),
//!     Some((Path::new("/home/u/.aws/credentials"), credentials)),
//!     "dev",
//! )
//! .unwrap();
//! let dev = set.selected().unwrap();
//! assert_eq!(dev.get("region"), Some("eu-west-1"));
//! assert_eq!(dev.get("AWS_ACCESS_KEY_ID"), Some("AKIDEXAMPLE"));
//! ```
//!
//! # Errors
//!
//! Syntax errors the spec calls errors give a [`ProfileError`] naming the file
//! and the 1-based line: a section header without `]`, a property or
//! continuation before any section, a continuation with no property to
//! continue, a property without `=` or without a name, a sub-property without
//! `=` or without a name. A file that cannot be read (other than not
//! existing), is not a regular file (a directory, a FIFO, a device such as
//! `/dev/zero`), is larger than [`MAX_PROFILE_FILE_BYTES`], holds a NUL byte
//! or is not UTF-8 is an error too, naming the file and why. Reading never
//! blocks on a FIFO. An error never quotes the line: it may hold a secret key.
//!
//! What the spec ignores is skipped with a warning (a `tracing` event and
//! [`ProfileSet::warnings`]): sections with an invalid name or prefix
//! (`[foo]` in the config file, `[profile foo]` in the credentials file,
//! `[profile in valid]`) together with their properties, and properties with an
//! invalid name.
//!
//! # Defaults
//!
//! The selected profile is the one named in code, else `AWS_PROFILE`, else
//! `default`. Region: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the
//! selected profile's `region` ([`region_from_env_or_profile`]). Files over
//! [`MAX_PROFILE_FILE_BYTES`] (16 MiB) are rejected.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::env::Env;

mod file;
mod parse;
mod set;
#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests;

pub use file::MAX_PROFILE_FILE_BYTES;
pub use set::{Profile, ProfileSet, Section};

/// The properties whose values `Debug` prints: settings known to hold no
/// secret. Every other value (keys, tokens, `credential_process`, URLs that
/// may carry a password, SSO fields, properties awsop does not know) is
/// printed as [`REDACTED`].
const PRINTABLE_KEYS: [&str; 12] = [
    "aws_access_key_id",
    "region",
    "sso_region",
    "output",
    "retry_mode",
    "max_attempts",
    "use_fips_endpoint",
    "use_dualstack_endpoint",
    "ignore_configure_endpoints",
    "services",
    "sso_session",
    "source_profile",
];

/// Spaces and tabs: the whitespace of the profile format.
const WHITESPACE: [char; 2] = [' ', '\t'];

/// Which of the two shared files a text comes from; their section rules differ.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FileKind {
    Config,
    Credentials,
}

impl FileKind {
    fn label(self) -> &'static str {
        match self {
            FileKind::Config => "config",
            FileKind::Credentials => "credentials",
        }
    }
}

/// What is wrong with a shared config or credentials file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum ProfileErrorKind {
    /// The file exists but could not be read.
    Unreadable,
    /// The path names something other than a regular file: a directory, a
    /// FIFO, a device or a socket.
    NotAFile,
    /// The file is larger than [`MAX_PROFILE_FILE_BYTES`].
    TooLarge,
    /// The file holds a NUL byte.
    NulByte,
    /// The file is not valid UTF-8.
    InvalidUtf8,
    /// A section header (`[...`) does not end with `]`.
    UnclosedSection,
    /// A property or continuation line comes before any section header.
    PropertyOutsideSection,
    /// An indented (continuation) line has no property to continue.
    ContinuationWithoutProperty,
    /// A property line has no `=`.
    PropertyWithoutEquals,
    /// A property line has nothing before its `=`.
    PropertyWithoutName,
    /// A sub-property line has no `=`.
    SubPropertyWithoutEquals,
    /// A sub-property line has nothing before its `=`.
    SubPropertyWithoutName,
}

impl ProfileErrorKind {
    fn describe(self) -> &'static str {
        match self {
            ProfileErrorKind::Unreadable => "cannot be read",
            ProfileErrorKind::NotAFile => "is not a regular file",
            ProfileErrorKind::TooLarge => "is larger than the 16 MiB limit",
            ProfileErrorKind::NulByte => "contains a NUL byte",
            ProfileErrorKind::InvalidUtf8 => "is not valid UTF-8",
            ProfileErrorKind::UnclosedSection => "profile definition must end with ']'",
            ProfileErrorKind::PropertyOutsideSection => {
                "expected a profile definition before any property"
            }
            ProfileErrorKind::ContinuationWithoutProperty => {
                "expected a property definition, found continuation"
            }
            ProfileErrorKind::PropertyWithoutEquals => "expected an '=' sign defining a property",
            ProfileErrorKind::PropertyWithoutName => "property did not have a name",
            ProfileErrorKind::SubPropertyWithoutEquals => {
                "expected an '=' sign defining a sub-property"
            }
            ProfileErrorKind::SubPropertyWithoutName => "sub-property did not have a name",
        }
    }
}

/// A shared config or credentials file that cannot be used.
///
/// Its `Display` names the file, the 1-based line where there is one, and what
/// is wrong, never the line's text:
/// `invalid profile file /home/u/.aws/credentials, line 3: expected an '=' sign defining a property`.
#[derive(Debug)]
pub struct ProfileError {
    path: PathBuf,
    line: Option<usize>,
    kind: ProfileErrorKind,
    source: Option<io::Error>,
}

impl ProfileError {
    fn at(path: &Path, line: usize, kind: ProfileErrorKind) -> Self {
        ProfileError {
            path: path.to_owned(),
            line: Some(line),
            kind,
            source: None,
        }
    }

    /// The file at fault.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The 1-based line at fault, when the fault is on one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What is wrong.
    pub fn kind(&self) -> ProfileErrorKind {
        self.kind
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match (self.kind, self.line, &self.source) {
            (ProfileErrorKind::Unreadable, _, Some(e)) => {
                write!(f, "cannot read profile file {path}: {}", e.kind())
            }
            (kind, Some(line), _) => write!(
                f,
                "invalid profile file {path}, line {line}: {}",
                kind.describe()
            ),
            (kind, None, _) => write!(f, "profile file {path} {}", kind.describe()),
        }
    }
}

impl std::error::Error for ProfileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The region: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the selected
/// profile's `region`.
///
/// ```
/// use awsop::env::Env;
/// use awsop::profile::{region_from_env_or_profile, ProfileSet};
/// let profiles = ProfileSet::parse(
///     Some((std::path::Path::new("config"), "[default]\nregion = eu-west-1")),
///     None,
///     "default",
/// )
/// .unwrap();
/// let env = Env::from_pairs([("AWS_DEFAULT_REGION", "us-east-2")]);
/// assert_eq!(region_from_env_or_profile(&env, &profiles).as_deref(), Some("us-east-2"));
/// let env = Env::from_pairs::<&str, &str>([]);
/// assert_eq!(region_from_env_or_profile(&env, &profiles).as_deref(), Some("eu-west-1"));
/// ```
pub fn region_from_env_or_profile(env: &Env, profiles: &ProfileSet) -> Option<String> {
    env.get("AWS_REGION")
        .or_else(|| env.get("AWS_DEFAULT_REGION"))
        .or_else(|| {
            profiles
                .selected()
                .and_then(|p| p.get("region"))
                .filter(|r| !r.is_empty())
                .map(str::to_owned)
        })
}
