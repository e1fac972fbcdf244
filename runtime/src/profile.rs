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

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::env::Env;
use crate::sensitive::REDACTED;

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

/// One property: its value and, when it has them, its sub-properties.
#[derive(Clone, PartialEq, Eq)]
struct Property {
    value: String,
    sub_properties: Option<BTreeMap<String, String>>,
}

/// One section of the shared files: a profile, an `sso-session` or a
/// `services` section, with its properties.
///
/// `Debug` prints the name of every property and sub-property, but the
/// value only of settings known to hold no secret (`region`, `output`,
/// `retry_mode`, `max_attempts`, `aws_access_key_id`, ...); every other value
/// is [`REDACTED`]:
/// `Section { name: "dev", properties: {"credential_process": <redacted>, "region": "eu-west-1"} }`.
#[derive(Clone, PartialEq, Eq)]
pub struct Section {
    name: String,
    properties: BTreeMap<String, Property>,
}

/// A profile: a [`Section`] from `[profile name]`, `[default]` or the
/// credentials file's `[name]`.
pub type Profile = Section;

impl Section {
    fn new(name: &str) -> Self {
        Section {
            name: name.to_owned(),
            properties: BTreeMap::new(),
        }
    }

    /// The section's name (`dev` for `[profile dev]`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value of property `key` (case-insensitive). A property with
    /// sub-properties has their raw text as its value (`"\nendpoint_url = ..."`).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.properties
            .get(&key.to_ascii_lowercase())
            .map(|p| p.value.as_str())
    }

    /// The sub-properties of property `key` (case-insensitive), keyed by
    /// their lower-cased names; `None` when `key` is absent or has none.
    pub fn sub_properties(&self, key: &str) -> Option<&BTreeMap<String, String>> {
        self.properties
            .get(&key.to_ascii_lowercase())
            .and_then(|p| p.sub_properties.as_ref())
    }

    /// The names of the properties, in lower case and sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.properties.keys().map(String::as_str)
    }

    /// Whether the section has no properties.
    pub fn is_empty(&self) -> bool {
        self.properties.is_empty()
    }

    fn merge_from(&mut self, other: &Section) {
        for (k, v) in &other.properties {
            self.properties.insert(k.clone(), v.clone());
        }
    }
}

/// A value as `Debug` shows it: itself when its key is in [`PRINTABLE_KEYS`],
/// else [`REDACTED`].
struct DebugValue<'a>(&'a str, &'a str);

impl fmt::Debug for DebugValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if PRINTABLE_KEYS.contains(&self.0) {
            self.1.fmt(f)
        } else {
            f.write_str(REDACTED)
        }
    }
}

/// A property as `Debug` shows it: its sub-properties (names, with values
/// as [`DebugValue`]), or its value as [`DebugValue`].
struct DebugProperty<'a>(&'a str, &'a Property);

impl fmt::Debug for DebugProperty<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.1.sub_properties {
            Some(sub) => f
                .debug_map()
                .entries(sub.iter().map(|(k, v)| (k, DebugValue(k, v))))
                .finish(),
            None => DebugValue(self.0, &self.1.value).fmt(f),
        }
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Props<'a>(&'a BTreeMap<String, Property>);
        impl fmt::Debug for Props<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(k, v)| (k, DebugProperty(k, v))))
                    .finish()
            }
        }
        f.debug_struct("Section")
            .field("name", &self.name)
            .field("properties", &Props(&self.properties))
            .finish()
    }
}

/// Everything in the shared config and credentials files, and which profile
/// is selected.
///
/// `Debug` prints the selection, the paths and the sections, whose values
/// it redacts as [`Section`]'s does.
#[derive(Clone)]
pub struct ProfileSet {
    selected: String,
    profiles: BTreeMap<String, Profile>,
    services: BTreeMap<String, Section>,
    sso_sessions: BTreeMap<String, Section>,
    config_path: Option<PathBuf>,
    credentials_path: Option<PathBuf>,
    warnings: Vec<String>,
}

impl fmt::Debug for ProfileSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProfileSet")
            .field("selected", &self.selected)
            .field("profiles", &self.profiles)
            .field("services", &self.services)
            .field("sso_sessions", &self.sso_sessions)
            .field("config_path", &self.config_path)
            .field("credentials_path", &self.credentials_path)
            .finish()
    }
}

impl ProfileSet {
    /// Reads the shared files named by `env` and selects `profile_override`,
    /// else `AWS_PROFILE`, else `default`.
    ///
    /// # Errors
    ///
    /// A file that exists but cannot be read, holds a NUL byte, is not UTF-8,
    /// or breaks a syntax rule (see the [module docs](self)).
    pub fn load(env: &Env, profile_override: Option<&str>) -> Result<ProfileSet, ProfileError> {
        let selected = profile_override
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .or_else(|| env.get("AWS_PROFILE"))
            .unwrap_or_else(|| "default".to_owned());
        let config_path = shared_file_path(env, "AWS_CONFIG_FILE", "~/.aws/config");
        let credentials_path =
            shared_file_path(env, "AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials");
        let config = match &config_path {
            Some(p) => read_shared_file(p)?,
            None => None,
        };
        let credentials = match &credentials_path {
            Some(p) => read_shared_file(p)?,
            None => None,
        };
        let result = Self::parse_texts(
            config.as_ref().zip(config_path.as_deref()),
            credentials.as_ref().zip(credentials_path.as_deref()),
            &selected,
        );
        // The texts may hold secret keys: wipe them now that they are parsed.
        for mut text in [config, credentials].into_iter().flatten() {
            zeroize::Zeroize::zeroize(&mut text);
        }
        let mut set = result?;
        set.config_path = config_path;
        set.credentials_path = credentials_path;
        Ok(set)
    }

    /// Parses the texts of a config file and a credentials file (each with the
    /// path to name in errors) and selects profile `selected`. Pure: reads
    /// nothing.
    ///
    /// # Errors
    ///
    /// A text that holds a NUL byte or breaks a syntax rule (see the
    /// [module docs](self)).
    pub fn parse(
        config: Option<(&Path, &str)>,
        credentials: Option<(&Path, &str)>,
        selected: &str,
    ) -> Result<ProfileSet, ProfileError> {
        let mut set = ProfileSet {
            selected: selected.to_owned(),
            profiles: BTreeMap::new(),
            services: BTreeMap::new(),
            sso_sessions: BTreeMap::new(),
            config_path: config.map(|(p, _)| p.to_owned()),
            credentials_path: credentials.map(|(p, _)| p.to_owned()),
            warnings: Vec::new(),
        };
        if let Some((path, text)) = config {
            let raw = parse_raw(path, text)?;
            set.absorb(path, FileKind::Config, &raw);
        }
        if let Some((path, text)) = credentials {
            let raw = parse_raw(path, text)?;
            set.absorb(path, FileKind::Credentials, &raw);
        }
        Ok(set)
    }

    fn parse_texts(
        config: Option<(&String, &Path)>,
        credentials: Option<(&String, &Path)>,
        selected: &str,
    ) -> Result<ProfileSet, ProfileError> {
        Self::parse(
            config.map(|(t, p)| (p, t.as_str())),
            credentials.map(|(t, p)| (p, t.as_str())),
            selected,
        )
    }

    /// The name of the selected profile.
    pub fn selected_name(&self) -> &str {
        &self.selected
    }

    /// The selected profile, if either file defines it.
    pub fn selected(&self) -> Option<&Profile> {
        self.profiles.get(&self.selected)
    }

    /// The profile `name`, if either file defines it.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// The names of all profiles, sorted.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.profiles.keys().map(String::as_str)
    }

    /// The config file's `[services name]` section.
    pub fn services(&self, name: &str) -> Option<&Section> {
        self.services.get(name)
    }

    /// The config file's `[sso-session name]` section.
    pub fn sso_session(&self, name: &str) -> Option<&Section> {
        self.sso_sessions.get(name)
    }

    /// The config file's path, when one was given or is known.
    pub fn config_path(&self) -> Option<&Path> {
        self.config_path.as_deref()
    }

    /// The credentials file's path, when one was given or is known.
    pub fn credentials_path(&self) -> Option<&Path> {
        self.credentials_path.as_deref()
    }

    /// What was skipped while parsing, one sentence each, naming file and line
    /// (never a value). Each was also logged as a `tracing` warning.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn warn(&mut self, path: &Path, line: usize, what: &str) {
        let message = format!("{}, line {line}: {what}", path.display());
        tracing::warn!(target: "awsop::profile", "{message}");
        self.warnings.push(message);
    }

    /// Adds one file's sections, following the file kind's rules.
    fn absorb(&mut self, path: &Path, kind: FileKind, raw: &[RawSection<'_>]) {
        let has_profile_default = kind == FileKind::Config
            && raw
                .iter()
                .any(|s| strip_prefix_word(s.header, "profile") == Some("default"));
        for section in raw {
            let header = section.header;
            let target = match kind {
                FileKind::Credentials => {
                    if strip_prefix_word(header, "profile").is_some() {
                        self.warn(
                            path,
                            section.line,
                            "ignored a section: the credentials file does not take the `profile` prefix",
                        );
                        continue;
                    }
                    Target::Profile(header)
                }
                FileKind::Config => {
                    if header == "default" {
                        if has_profile_default {
                            self.warn(
                                path,
                                section.line,
                                "ignored `[default]`: `[profile default]` takes its place",
                            );
                            continue;
                        }
                        Target::Profile("default")
                    } else if let Some(name) = strip_prefix_word(header, "profile") {
                        Target::Profile(name)
                    } else if let Some(name) = strip_prefix_word(header, "sso-session") {
                        Target::SsoSession(name)
                    } else if let Some(name) = strip_prefix_word(header, "services") {
                        Target::Services(name)
                    } else {
                        self.warn(
                            path,
                            section.line,
                            "ignored a section: config file sections are `[default]`, `[profile name]`, `[sso-session name]` or `[services name]`",
                        );
                        continue;
                    }
                }
            };
            let name = target.name();
            if !is_identifier(name) {
                self.warn(
                    path,
                    section.line,
                    &format!(
                        "ignored a section: invalid {} name in the {} file",
                        target.what(),
                        kind.label()
                    ),
                );
                continue;
            }
            let mut parsed = Section::new(name);
            for prop in &section.properties {
                if !is_identifier(prop.key) {
                    self.warn(path, prop.line, "ignored a property: invalid property name");
                    continue;
                }
                let sub_properties = prop.value.strip_prefix('\n').map(parse_sub_properties);
                parsed.properties.insert(
                    prop.key.to_ascii_lowercase(),
                    Property {
                        value: prop.value.clone(),
                        sub_properties,
                    },
                );
            }
            let map = match target {
                Target::Profile(_) => &mut self.profiles,
                Target::SsoSession(_) => &mut self.sso_sessions,
                Target::Services(_) => &mut self.services,
            };
            map.entry(name.to_owned())
                .or_insert_with(|| Section::new(name))
                .merge_from(&parsed);
        }
    }
}

/// Where a section's properties go.
enum Target<'a> {
    Profile(&'a str),
    SsoSession(&'a str),
    Services(&'a str),
}

impl<'a> Target<'a> {
    fn name(&self) -> &'a str {
        match self {
            Target::Profile(n) | Target::SsoSession(n) | Target::Services(n) => n,
        }
    }

    fn what(&self) -> &'static str {
        match self {
            Target::Profile(_) => "profile",
            Target::SsoSession(_) => "sso-session",
            Target::Services(_) => "services",
        }
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

/// The path of a shared file: the variable's value, else the default; with `~`
/// expanded. `None` when the default is wanted but there is no home directory.
fn shared_file_path(env: &Env, var: &str, default: &str) -> Option<PathBuf> {
    match env.get(var) {
        Some(path) => Some(env.expand_home(&path)),
        None => env.home_dir().map(|_| env.expand_home(default)),
    }
}

/// The largest shared config or credentials file awsop reads: 16 MiB.
///
/// Real files are a few kilobytes; the cap only stops a path that names
/// something endless (`/dev/zero`) or absurd from exhausting memory.
pub const MAX_PROFILE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The text of a shared file; `None` when it does not exist.
///
/// Only a regular file (or a symlink to one) is read: a FIFO, a device, a
/// socket or a directory is an error naming the file, and so is a file over
/// [`MAX_PROFILE_FILE_BYTES`]. Opening never blocks: where the platform's
/// `O_NONBLOCK` is known the file is opened with it (a FIFO without a writer
/// would block `open` otherwise), and the type is checked on the opened file,
/// so a file swapped after the first check is caught too.
fn read_shared_file(path: &Path) -> Result<Option<String>, ProfileError> {
    use std::io::Read as _;
    let error = |kind, source| ProfileError {
        path: path.to_owned(),
        line: None,
        kind,
        source,
    };
    let unreadable = |e: io::Error| error(ProfileErrorKind::Unreadable, Some(e));
    let check = |metadata: &std::fs::Metadata| {
        if !metadata.is_file() {
            Err(error(ProfileErrorKind::NotAFile, None))
        } else if metadata.len() > MAX_PROFILE_FILE_BYTES {
            Err(error(ProfileErrorKind::TooLarge, None))
        } else {
            Ok(())
        }
    };
    // Checked before opening: on a platform without a known `O_NONBLOCK`
    // this is what keeps a FIFO from blocking (with a small race).
    match std::fs::metadata(path) {
        Ok(metadata) => check(&metadata)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    }
    let file = match open_nonblocking(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    };
    check(&file.metadata().map_err(unreadable)?)?;
    let mut bytes = Vec::new();
    let read = file
        .take(MAX_PROFILE_FILE_BYTES + 1)
        .read_to_end(&mut bytes);
    if let Err(e) = read {
        zeroize::Zeroize::zeroize(&mut bytes);
        return Err(unreadable(e));
    }
    // The file grew after its size was checked.
    if bytes.len() as u64 > MAX_PROFILE_FILE_BYTES {
        zeroize::Zeroize::zeroize(&mut bytes);
        return Err(error(ProfileErrorKind::TooLarge, None));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
            zeroize::Zeroize::zeroize(&mut bytes);
            Err(ProfileError::at(path, line, ProfileErrorKind::InvalidUtf8))
        }
    }
}

/// `O_NONBLOCK` where its value is known without the `libc` crate: opening a
/// FIFO with it returns at once instead of waiting for a writer. It changes
/// nothing for a regular file.
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    not(any(
        target_arch = "mips",
        target_arch = "mips64",
        target_arch = "sparc",
        target_arch = "sparc64"
    ))
))]
const O_NONBLOCK: Option<i32> = Some(0o4000);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
))]
const O_NONBLOCK: Option<i32> = Some(0x4);
#[cfg(all(
    unix,
    not(any(
        all(
            any(target_os = "linux", target_os = "android"),
            not(any(
                target_arch = "mips",
                target_arch = "mips64",
                target_arch = "sparc",
                target_arch = "sparc64"
            ))
        ),
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    ))
))]
const O_NONBLOCK: Option<i32> = None;

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    if let Some(flag) = O_NONBLOCK {
        options.custom_flags(flag);
    }
    options.open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// A section as written, before the file kind's rules apply.
struct RawSection<'a> {
    /// The text between the brackets, trimmed.
    header: &'a str,
    line: usize,
    properties: Vec<RawProperty<'a>>,
}

struct RawProperty<'a> {
    key: &'a str,
    value: String,
    line: usize,
    /// The value was empty, so continuation lines are sub-properties.
    has_sub_properties: bool,
}

/// Splits a text into sections and properties, applying the syntax rules.
fn parse_raw<'a>(path: &Path, text: &'a str) -> Result<Vec<RawSection<'a>>, ProfileError> {
    if let Some(at) = text.find('\0') {
        let line = 1 + text[..at].matches('\n').count();
        return Err(ProfileError::at(path, line, ProfileErrorKind::NulByte));
    }
    let mut sections: Vec<RawSection<'a>> = Vec::new();
    // Whether the last line defined a property that a continuation may extend.
    let mut in_property = false;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let err = |kind| ProfileError::at(path, number, kind);
        if line.trim_matches(WHITESPACE).is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        if line.starts_with('[') {
            let line = strip_comment(line, false);
            let inner = line
                .strip_prefix('[')
                .and_then(|l| l.strip_suffix(']'))
                .ok_or_else(|| err(ProfileErrorKind::UnclosedSection))?;
            sections.push(RawSection {
                header: inner.trim_matches(WHITESPACE),
                line: number,
                properties: Vec::new(),
            });
            in_property = false;
        } else if line.starts_with(WHITESPACE) {
            let section = sections
                .last_mut()
                .ok_or_else(|| err(ProfileErrorKind::PropertyOutsideSection))?;
            let property = section
                .properties
                .last_mut()
                .filter(|_| in_property)
                .ok_or_else(|| err(ProfileErrorKind::ContinuationWithoutProperty))?;
            let continued = line.trim_matches(WHITESPACE);
            if property.has_sub_properties {
                let (key, _) = continued
                    .split_once('=')
                    .ok_or_else(|| err(ProfileErrorKind::SubPropertyWithoutEquals))?;
                if key.trim_matches(WHITESPACE).is_empty() {
                    return Err(err(ProfileErrorKind::SubPropertyWithoutName));
                }
            }
            property.value.push('\n');
            property.value.push_str(continued);
        } else {
            let section = sections
                .last_mut()
                .ok_or_else(|| err(ProfileErrorKind::PropertyOutsideSection))?;
            let line = strip_comment(line, true);
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| err(ProfileErrorKind::PropertyWithoutEquals))?;
            let key = key.trim_matches(WHITESPACE);
            if key.is_empty() {
                return Err(err(ProfileErrorKind::PropertyWithoutName));
            }
            let value = value.trim_matches(WHITESPACE);
            section.properties.push(RawProperty {
                key,
                value: value.to_owned(),
                line: number,
                has_sub_properties: value.is_empty(),
            });
            in_property = true;
        }
    }
    Ok(sections)
}

/// Cuts a comment off a line and trims it. On property lines a comment starts
/// only after whitespace; on section lines anywhere.
fn strip_comment(line: &str, needs_whitespace: bool) -> &str {
    let line = line.trim_matches(WHITESPACE);
    let mut after_whitespace = false;
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        if (c == '#' || c == ';') && (after_whitespace || !needs_whitespace) {
            end = i;
            break;
        }
        after_whitespace = WHITESPACE.contains(&c);
    }
    line[..end].trim_matches(WHITESPACE)
}

/// `name` when `header` is `word`, then spaces or tabs, then `name`.
fn strip_prefix_word<'a>(header: &'a str, word: &str) -> Option<&'a str> {
    let rest = header.strip_prefix(word)?;
    if rest.starts_with(WHITESPACE) {
        Some(rest.trim_matches(WHITESPACE))
    } else {
        None
    }
}

/// Whether `s` is a valid profile or property name.
fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | '%' | '@' | '_' | ':' | '+')
        })
}

/// Sub-properties from continuation lines already checked to hold `=`.
fn parse_sub_properties(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| {
            (
                k.trim_matches(WHITESPACE).to_ascii_lowercase(),
                v.trim_matches(WHITESPACE).to_owned(),
            )
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
mod tests {
    use super::*;

    type Flat = BTreeMap<String, BTreeMap<String, String>>;

    fn flat(set: &ProfileSet) -> Flat {
        set.profiles
            .iter()
            .map(|(name, p)| {
                let props = p
                    .properties
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value.clone()))
                    .collect();
                (name.clone(), props)
            })
            .collect()
    }

    fn expect(pairs: &[(&str, &[(&str, &str)])]) -> Flat {
        pairs
            .iter()
            .map(|(name, props)| {
                let props = props
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                (name.to_string(), props)
            })
            .collect()
    }

    const CONFIG: &str = "/home/u/.aws/config";
    const CREDS: &str = "/home/u/.aws/credentials";

    fn both(config: Option<&str>, creds: Option<&str>) -> Result<ProfileSet, ProfileError> {
        ProfileSet::parse(
            config.map(|c| (Path::new(CONFIG), c)),
            creds.map(|c| (Path::new(CREDS), c)),
            "default",
        )
    }

    fn config(text: &str) -> Flat {
        flat(&both(Some(text), None).unwrap())
    }

    fn config_err(text: &str) -> String {
        both(Some(text), None).unwrap_err().to_string()
    }

    /// The cases of AWS's shared profile-parser test suite, config file only.
    #[test]
    fn spec_cases_config_file() {
        let cases: &[(&str, Flat)] = &[
            ("", expect(&[])),
            ("[profile foo]", expect(&[("foo", &[])])),
            (
                "[profile some-thing:long/the_one%only.foo@bar+]\n[profile foo!bar]",
                expect(&[("some-thing:long/the_one%only.foo@bar+", &[])]),
            ),
            ("[profile \tfoo \t]", expect(&[("foo", &[])])),
            ("[profile\tfoo]", expect(&[("foo", &[])])),
            (
                "[profile foo]\nname = value",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                "[profile foo]\r\nname = value",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                "[profile foo]\nname = val=ue",
                expect(&[("foo", &[("name", "val=ue")])]),
            ),
            (
                "[profile foo]\nname = 😂",
                expect(&[("foo", &[("name", "😂")])]),
            ),
            (
                "[profile foo]\nname = value\nname2 = value2",
                expect(&[("foo", &[("name", "value"), ("name2", "value2")])]),
            ),
            (
                "[profile foo]\nname \t=  \tvalue \t",
                expect(&[("foo", &[("name", "value")])]),
            ),
            ("[profile foo]\nname =", expect(&[("foo", &[("name", "")])])),
            (
                "[profile foo]\n[profile bar]",
                expect(&[("foo", &[]), ("bar", &[])]),
            ),
            (
                "[profile foo]\nname = value\n[profile bar]\nname2 = value2",
                expect(&[
                    ("foo", &[("name", "value")]),
                    ("bar", &[("name2", "value2")]),
                ]),
            ),
            (
                "\t \n[profile foo]\n\t\n \nname = value\n\t \n[profile bar]\n \t",
                expect(&[("foo", &[("name", "value")]), ("bar", &[])]),
            ),
            (
                "# Comment\n[profile foo] # Comment\nname = value # Comment with # sign",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                "; Comment\n[profile foo] ; Comment\nname = value ; Comment with ; sign",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                "# Comment\n[profile foo] ; Comment\nname = value # Comment with ; sign",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                ";\n[profile foo];\nname = value ;\n",
                expect(&[("foo", &[("name", "value")])]),
            ),
            (
                "[profile foo]; Adjacent semicolons\n[profile bar]# Adjacent pound signs",
                expect(&[("foo", &[]), ("bar", &[])]),
            ),
            (
                "[profile foo]\nname = value; Adjacent semicolons\nname2 = value# Adjacent pound signs",
                expect(&[(
                    "foo",
                    &[
                        ("name", "value; Adjacent semicolons"),
                        ("name2", "value# Adjacent pound signs"),
                    ],
                )]),
            ),
            (
                "[profile foo]\nname = value\n -continued",
                expect(&[("foo", &[("name", "value\n-continued")])]),
            ),
            (
                "[profile foo]\nname = value\n -continued\n -and-continued",
                expect(&[("foo", &[("name", "value\n-continued\n-and-continued")])]),
            ),
            (
                "[profile foo]\nname = value\n \t -continued \t ",
                expect(&[("foo", &[("name", "value\n-continued")])]),
            ),
            (
                "[profile foo]\nname = value\n -continued # Comment",
                expect(&[("foo", &[("name", "value\n-continued # Comment")])]),
            ),
            (
                "[profile foo]\nname = value\n -continued ; Comment",
                expect(&[("foo", &[("name", "value\n-continued ; Comment")])]),
            ),
            (
                "[profile foo]\nname = value\n[profile foo]\nname2 = value2",
                expect(&[("foo", &[("name", "value"), ("name2", "value2")])]),
            ),
            (
                "[profile foo]\nname = value\nname = value2",
                expect(&[("foo", &[("name", "value2")])]),
            ),
            (
                "[profile foo]\nname = value\n[profile foo]\nname = value2",
                expect(&[("foo", &[("name", "value2")])]),
            ),
            (
                "[profile foo]\nName = value\n[profile foo]\nname = value2",
                expect(&[("foo", &[("name", "value2")])]),
            ),
            (
                "[profile default]\nname = value\n[default]\nname2 = value2",
                expect(&[("default", &[("name", "value")])]),
            ),
            (
                "[default]\nname2 = value2\n[profile default]\nname = value",
                expect(&[("default", &[("name", "value")])]),
            ),
            (
                "[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3",
                expect(&[("default", &[("name", "value"), ("name3", "value3")])]),
            ),
            (
                "[default]\nname = value",
                expect(&[("default", &[("name", "value")])]),
            ),
            ("[profile foo]\nin valid = value", expect(&[("foo", &[])])),
            (
                "[profile ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_]",
                expect(&[(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                    &[],
                )]),
            ),
            (
                "[profile foo]\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ = value",
                expect(&[(
                    "foo",
                    &[(
                        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789-_",
                        "value",
                    )],
                )]),
            ),
            (
                "[profile foo]\ns3 =\n name = value",
                expect(&[("foo", &[("s3", "\nname = value")])]),
            ),
            (
                "[profile foo]\ns3 =\n name =",
                expect(&[("foo", &[("s3", "\nname =")])]),
            ),
            (
                "[profile foo]\ns3 =\n in valid = value",
                expect(&[("foo", &[("s3", "\nin valid = value")])]),
            ),
            (
                "[profile foo]\ns3 =\n name = value\n\t \n name2 = value2",
                expect(&[("foo", &[("s3", "\nname = value\nname2 = value2")])]),
            ),
            ("[foo]\nname = value", expect(&[])),
            (
                "[profilefoo]\nname = value\n[profile bar]",
                expect(&[("bar", &[])]),
            ),
            (
                "[   profile foo    ]\nname = value\n[profile bar]",
                expect(&[("bar", &[]), ("foo", &[("name", "value")])]),
            ),
            (
                "[profile foo]\nname = value\n[profile in valid]\nx = 1\n[profile bar]\nname = value2",
                expect(&[
                    ("bar", &[("name", "value2")]),
                    ("foo", &[("name", "value")]),
                ]),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&config(text), expected, "config file {text:?}");
        }
    }

    #[test]
    fn spec_error_cases_name_file_and_line() {
        let cases = [
            (
                "[profile foo",
                "line 1: profile definition must end with ']'",
            ),
            ("name = value", "line 1: expected a profile definition"),
            (
                "[profile foo]\n= value",
                "line 2: property did not have a name",
            ),
            (
                "[profile foo]\nkey : value",
                "line 2: expected an '=' sign defining a property",
            ),
            (" -continued", "line 1: expected a profile definition"),
            (
                "[profile foo]\n -continued",
                "line 2: expected a property definition, found continuation",
            ),
            (
                "[profile foo]\nname = value\n[profile foo]\n -continued",
                "line 4: expected a property definition, found continuation",
            ),
            (
                "[profile foo]\ns3 =\n invalid",
                "line 3: expected an '=' sign defining a sub-property",
            ),
            (
                "[profile foo]\ns3 =\n = value",
                "line 3: sub-property did not have a name",
            ),
        ];
        for (text, wanted) in cases {
            let message = config_err(text);
            assert!(
                message.starts_with("invalid profile file /home/u/.aws/config, line "),
                "{message}"
            );
            assert!(message.contains(wanted), "{text:?}: {message}");
        }
    }

    #[test]
    fn errors_never_quote_the_line() {
        let creds =
            "[default]\naws_access_key_id = AKID\naws_secret_access_key wJalrXUtnFEMI/K7MDENG\n";
        let err = both(None, Some(creds)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid profile file /home/u/.aws/credentials, line 3: expected an '=' sign defining a property"
        );
        assert_eq!(err.line(), Some(3));
        assert_eq!(err.kind(), ProfileErrorKind::PropertyWithoutEquals);
        assert!(!format!("{err:?}").contains("wJalr"));
    }

    #[test]
    fn nul_byte_is_an_error_naming_the_file() {
        let err = both(None, Some("[default]\nkey = a\0b")).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::NulByte);
        assert_eq!(
            err.to_string(),
            "invalid profile file /home/u/.aws/credentials, line 2: contains a NUL byte"
        );
    }

    #[test]
    fn spec_cases_with_credentials_file() {
        let merged = both(
            Some("[profile foo]\nname = value"),
            Some("[foo]\nname2 = value2"),
        )
        .unwrap();
        assert_eq!(
            flat(&merged),
            expect(&[("foo", &[("name", "value"), ("name2", "value2")])])
        );

        let merged = both(
            Some("[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3"),
            Some("[default]\nsecret=foo"),
        )
        .unwrap();
        assert_eq!(
            flat(&merged),
            expect(&[(
                "default",
                &[("name", "value"), ("name3", "value3"), ("secret", "foo")]
            )])
        );

        let merged = both(
            Some("[profile foo]\nname = value"),
            Some("[foo]\nname = value2"),
        )
        .unwrap();
        assert_eq!(flat(&merged), expect(&[("foo", &[("name", "value2")])]));

        let ignored = both(
            Some("[profile in valid]\nname = value"),
            Some("[in valid 2]\nname2 = value2"),
        );
        assert_eq!(flat(&ignored.unwrap()), expect(&[]));

        let prefixed = both(None, Some("[profile foo]\nname = value")).unwrap();
        assert_eq!(flat(&prefixed), expect(&[]));
        assert_eq!(
            prefixed.warnings(),
            [
                "/home/u/.aws/credentials, line 1: ignored a section: the credentials file does not take the `profile` prefix"
            ]
        );

        let spaced = both(None, Some("[   foo    ]\nname = value\n[profile bar]")).unwrap();
        assert_eq!(flat(&spaced), expect(&[("foo", &[("name", "value")])]));

        let sneaky = both(None, Some("[sso-sessionfoo]\nname = value\n[bar]")).unwrap();
        assert_eq!(
            flat(&sneaky),
            expect(&[("sso-sessionfoo", &[("name", "value")]), ("bar", &[])])
        );
        assert!(sneaky.sso_session("foo").is_none());
    }

    #[test]
    fn sso_sessions_and_services_sections() {
        let text = "[sso-session foo]\nname = value\n[profile bar]\n\
                    [services local]\ncognito_identity_provider =\n  endpoint_url = http://127.0.0.1:5000\n  Region = us-east-1\n\
                    sts =\n  endpoint_url = http://localhost:1\n";
        let set = both(Some(text), None).unwrap();
        assert_eq!(flat(&set), expect(&[("bar", &[])]));
        assert_eq!(set.sso_session("foo").unwrap().get("name"), Some("value"));
        let services = set.services("local").unwrap();
        let cognito = services
            .sub_properties("COGNITO_IDENTITY_PROVIDER")
            .unwrap();
        assert_eq!(
            cognito
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect::<Vec<_>>(),
            [
                ("endpoint_url", "http://127.0.0.1:5000"),
                ("region", "us-east-1")
            ]
        );
        assert_eq!(
            services
                .sub_properties("sts")
                .unwrap()
                .get("endpoint_url")
                .map(String::as_str),
            Some("http://localhost:1")
        );
        assert_eq!(services.sub_properties("missing"), None);
        assert!(set.profile("local").is_none());
        // A section type needs a name; `[services]` alone is not one.
        let bare = both(Some("[services]\ns3 =\n  endpoint_url = x"), None).unwrap();
        assert!(bare.services("").is_none());
        assert_eq!(bare.warnings().len(), 1);
    }

    #[test]
    fn warnings_name_file_and_line_but_no_value() {
        let set = both(
            Some("[foo]\nx = 1\n[profile ok]\nbad key = AKIDSECRET\n[profile b@d!]\n"),
            None,
        )
        .unwrap();
        assert_eq!(
            set.warnings(),
            [
                "/home/u/.aws/config, line 1: ignored a section: config file sections are `[default]`, `[profile name]`, `[sso-session name]` or `[services name]`",
                "/home/u/.aws/config, line 4: ignored a property: invalid property name",
                "/home/u/.aws/config, line 5: ignored a section: invalid profile name in the config file",
            ]
        );
    }

    #[test]
    fn debug_redacts_secrets() {
        let set = ProfileSet::parse(
            None,
            Some((
                Path::new("c"),
                "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI\naws_session_token = FwoGZX\nregion = eu-west-1",
            )),
            "default",
        )
        .unwrap();
        let profile = set.selected().unwrap();
        assert_eq!(
            format!("{profile:?}"),
            "Section { name: \"default\", properties: {\"aws_access_key_id\": \"AKIDEXAMPLE\", \
             \"aws_secret_access_key\": <redacted>, \"aws_session_token\": <redacted>, \"region\": \"eu-west-1\"} }"
        );
        let all = format!("{set:?}");
        assert!(!all.contains("wJalr") && !all.contains("FwoGZX"), "{all}");
        assert!(all.contains("AKIDEXAMPLE"), "{all}");
        assert_eq!(profile.get("aws_secret_access_key"), Some("wJalrXUtnFEMI"));
    }

    #[test]
    fn selection_and_region() {
        let text = "[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n";
        let dev = ProfileSet::parse(Some((Path::new(CONFIG), text)), None, "dev").unwrap();
        assert_eq!(dev.selected_name(), "dev");
        assert_eq!(dev.selected().unwrap().get("region"), Some("eu-west-1"));
        assert_eq!(dev.profile_names().collect::<Vec<_>>(), ["default", "dev"]);
        let none = Env::from_pairs::<&str, &str>([]);
        assert_eq!(
            region_from_env_or_profile(&none, &dev).as_deref(),
            Some("eu-west-1")
        );
        let both_vars = Env::from_pairs([
            ("AWS_REGION", "ap-south-1"),
            ("AWS_DEFAULT_REGION", "us-east-2"),
        ]);
        assert_eq!(
            region_from_env_or_profile(&both_vars, &dev).as_deref(),
            Some("ap-south-1")
        );
        let missing = ProfileSet::parse(Some((Path::new(CONFIG), text)), None, "nope").unwrap();
        assert!(missing.selected().is_none());
        assert_eq!(region_from_env_or_profile(&none, &missing), None);
    }

    /// A unique directory under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> Self {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static COUNTER: AtomicUsize = AtomicUsize::new(0);
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let dir = std::env::temp_dir()
                .join(format!("awsop-profile-{tag}-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            std::fs::write(&path, contents).unwrap();
            path
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn load_reads_the_files_named_by_the_environment() {
        let dir = TempDir::new("load");
        let config = dir.write("cfg", b"[profile dev]\nregion = eu-west-1\n");
        let creds = dir.write("creds", b"[dev]\naws_access_key_id = AKID\n");
        let env = Env::from_pairs([
            ("AWS_CONFIG_FILE", config.to_str().unwrap()),
            ("AWS_SHARED_CREDENTIALS_FILE", creds.to_str().unwrap()),
            ("AWS_PROFILE", "dev"),
        ]);
        let set = ProfileSet::load(&env, None).unwrap();
        assert_eq!(set.selected_name(), "dev");
        let dev = set.selected().unwrap();
        assert_eq!(dev.get("region"), Some("eu-west-1"));
        assert_eq!(dev.get("aws_access_key_id"), Some("AKID"));
        assert_eq!(set.config_path(), Some(config.as_path()));
        let other = ProfileSet::load(&env, Some("other")).unwrap();
        assert_eq!(other.selected_name(), "other");
        assert!(other.selected().is_none());
    }

    #[test]
    fn load_defaults_to_home_and_missing_files_are_empty() {
        let dir = TempDir::new("home");
        std::fs::create_dir_all(dir.0.join(".aws")).unwrap();
        dir.write(".aws/config", b"[default]\nregion = sa-east-1\n");
        let env = Env::from_pairs([("HOME", dir.0.to_str().unwrap())]);
        let set = ProfileSet::load(&env, None).unwrap();
        assert_eq!(set.selected_name(), "default");
        assert_eq!(set.selected().unwrap().get("region"), Some("sa-east-1"));
        assert_eq!(
            set.credentials_path(),
            Some(dir.0.join(".aws/credentials").as_path())
        );

        let empty = TempDir::new("empty");
        let env = Env::from_pairs([("HOME", empty.0.to_str().unwrap())]);
        let set = ProfileSet::load(&env, None).unwrap();
        assert_eq!(set.profile_names().count(), 0);
        assert_eq!(
            set.config_path(),
            Some(empty.0.join(".aws/config").as_path())
        );

        // AWS_CONFIG_FILE with a leading `~` is expanded.
        let env = Env::from_pairs([
            ("HOME", dir.0.to_str().unwrap()),
            ("AWS_CONFIG_FILE", "~/.aws/config"),
        ]);
        let set = ProfileSet::load(&env, None).unwrap();
        assert_eq!(set.selected().unwrap().get("region"), Some("sa-east-1"));
    }

    /// The race the first check leaves open: the path becomes a FIFO after it
    /// was checked. Opening it must still return at once, and the check on
    /// the opened file refuses it.
    #[cfg(target_os = "linux")]
    #[test]
    fn opening_a_fifo_does_not_wait_for_a_writer() {
        let dir = TempDir::new("fifo");
        let fifo = dir.0.join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let file = open_nonblocking(&fifo).unwrap();
            let _ = tx.send(file.metadata().unwrap().is_file());
        });
        // A generous bound: without O_NONBLOCK the open never returns.
        let is_file = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("opening a FIFO blocked");
        assert!(!is_file);
    }

    #[test]
    fn load_rejects_nul_and_invalid_utf8_naming_the_file() {
        let dir = TempDir::new("bad");
        let nul = dir.write("nul", b"[default]\nregion = a\0\n");
        let env = Env::from_pairs([("AWS_CONFIG_FILE", nul.to_str().unwrap())]);
        let err = ProfileSet::load(&env, None).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::NulByte);
        assert_eq!(err.path(), nul.as_path());
        assert!(err.to_string().contains(nul.to_str().unwrap()), "{err}");

        let latin1 = dir.write("latin1", b"[default]\n\nregion = caf\xe9\n");
        let env = Env::from_pairs([("AWS_SHARED_CREDENTIALS_FILE", latin1.to_str().unwrap())]);
        let err = ProfileSet::load(&env, None).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::InvalidUtf8);
        assert_eq!(
            err.to_string(),
            format!(
                "invalid profile file {}, line 3: is not valid UTF-8",
                latin1.display()
            )
        );

        // A directory where a file should be is not a regular file.
        let env = Env::from_pairs([("AWS_CONFIG_FILE", dir.0.to_str().unwrap())]);
        let err = ProfileSet::load(&env, None).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::NotAFile);
        assert_eq!(
            err.to_string(),
            format!("profile file {} is not a regular file", dir.0.display())
        );
    }
}
