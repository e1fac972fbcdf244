//! The process environment, behind a type so tests can supply their own.
//!
//! Everything in awsop that reads an `AWS_*` variable or the home directory
//! goes through an [`Env`], never `std::env` directly, so tests run in parallel
//! without touching the real environment.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A view of environment variables: the real process environment, or a fixed map.
///
/// `Debug` prints where the variables come from and, for a fixed map, their
/// names, never a value (`AWS_SECRET_ACCESS_KEY` is one of them):
/// `Env { source: "fixed", names: ["AWS_REGION", "AWS_SECRET_ACCESS_KEY"] }`.
///
/// ```
/// use awsop::env::Env;
/// let env = Env::from_pairs([("AWS_REGION", "eu-west-1")]);
/// assert_eq!(env.get("AWS_REGION").as_deref(), Some("eu-west-1"));
/// assert_eq!(env.get("AWS_PROFILE"), None);
/// ```
#[derive(Clone, Default)]
pub struct Env {
    fixed: Option<Arc<HashMap<String, String>>>,
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Env");
        match &self.fixed {
            None => d.field("source", &"process"),
            Some(map) => {
                let mut names: Vec<&str> = map.keys().map(String::as_str).collect();
                names.sort_unstable();
                d.field("source", &"fixed").field("names", &names)
            }
        };
        d.finish()
    }
}

impl Env {
    /// The process environment.
    pub fn real() -> Self {
        Env { fixed: None }
    }

    /// A fixed environment holding exactly `pairs`.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Env {
            fixed: Some(Arc::new(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
        }
    }

    /// The value of `key`, if set and valid Unicode. An empty value counts as
    /// unset, as the AWS CLI treats it.
    pub fn get(&self, key: &str) -> Option<String> {
        let value = match &self.fixed {
            Some(map) => map.get(key).cloned(),
            None => std::env::var(key).ok(),
        };
        value.filter(|v| !v.is_empty())
    }

    /// Every variable whose name starts with `prefix`, with its value, where
    /// [`Env::get`] would find one (set, non-empty, valid Unicode): a
    /// snapshot, for settings whose names are known only later.
    pub(crate) fn with_prefix(&self, prefix: &str) -> HashMap<String, String> {
        let pairs: Vec<(String, String)> = match &self.fixed {
            Some(map) => map
                .iter()
                .filter(|(k, _)| k.starts_with(prefix))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .filter(|(k, _)| k.starts_with(prefix))
                .collect(),
        };
        pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect()
    }

    /// The user's home directory: `HOME`, then `USERPROFILE`, then
    /// `HOMEDRIVE` + `HOMEPATH`.
    pub fn home_dir(&self) -> Option<PathBuf> {
        if let Some(home) = self.get("HOME").or_else(|| self.get("USERPROFILE")) {
            return Some(PathBuf::from(home));
        }
        match (self.get("HOMEDRIVE"), self.get("HOMEPATH")) {
            (Some(drive), Some(path)) => Some(PathBuf::from(format!("{drive}{path}"))),
            _ => None,
        }
    }

    /// Expands a leading `~` or `~/` with [`Env::home_dir`].
    pub fn expand_home(&self, path: &str) -> PathBuf {
        let rest = if path == "~" {
            Some("")
        } else {
            path.strip_prefix("~/").or_else(|| path.strip_prefix("~\\"))
        };
        match (rest, self.home_dir()) {
            (Some(rest), Some(home)) => home.join(rest),
            _ => PathBuf::from(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_unset_and_home_expands() {
        let env = Env::from_pairs([("A", ""), ("HOME", "/home/u")]);
        assert_eq!(env.get("A"), None);
        assert_eq!(
            env.expand_home("~/.aws/config"),
            PathBuf::from("/home/u/.aws/config")
        );
        assert_eq!(env.expand_home("/etc/x"), PathBuf::from("/etc/x"));
        let windows = Env::from_pairs([("HOMEDRIVE", "C:"), ("HOMEPATH", "\\Users\\u")]);
        assert_eq!(windows.home_dir(), Some(PathBuf::from("C:\\Users\\u")));
    }

    #[test]
    fn debug_prints_names_never_values() {
        let env = Env::from_pairs([
            ("AWS_SECRET_ACCESS_KEY", "envsecretvalue"),
            ("AWS_REGION", "eu-west-1"),
        ]);
        assert_eq!(
            format!("{env:?}"),
            "Env { source: \"fixed\", names: [\"AWS_REGION\", \"AWS_SECRET_ACCESS_KEY\"] }"
        );
        assert_eq!(format!("{:?}", Env::real()), "Env { source: \"process\" }");
    }
}
