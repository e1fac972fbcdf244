//! Profiles, `services` and `sso-session` sections, and the set of them the
//! shared files define.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::file::{read_shared_file, shared_file_path};
use super::parse::{RawSection, is_identifier, parse_raw, parse_sub_properties, strip_prefix_word};
use super::{FileKind, PRINTABLE_KEYS, ProfileError};
use crate::env::Env;
use crate::sensitive::REDACTED;

/// One property: its value and, when it has them, its sub-properties.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Property {
    pub(super) value: String,
    pub(super) sub_properties: Option<BTreeMap<String, String>>,
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
    pub(super) name: String,
    pub(super) properties: BTreeMap<String, Property>,
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
pub(super) struct DebugValue<'a>(&'a str, &'a str);

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
pub(super) struct DebugProperty<'a>(&'a str, &'a Property);

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
    pub(super) selected: String,
    pub(super) profiles: BTreeMap<String, Profile>,
    pub(super) services: BTreeMap<String, Section>,
    pub(super) sso_sessions: BTreeMap<String, Section>,
    pub(super) config_path: Option<PathBuf>,
    pub(super) credentials_path: Option<PathBuf>,
    pub(super) warnings: Vec<String>,
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
    /// or breaks a syntax rule (see the [module docs](super)).
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
    /// [module docs](super)).
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
pub(super) enum Target<'a> {
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
