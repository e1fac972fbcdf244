//! The syntax of the shared files: sections, properties, sub-properties,
//! comments.

use std::collections::BTreeMap;
use std::path::Path;

use super::{ProfileError, ProfileErrorKind, WHITESPACE};

/// A section as written, before the file kind's rules apply.
pub(super) struct RawSection<'a> {
    /// The text between the brackets, trimmed.
    pub(super) header: &'a str,
    pub(super) line: usize,
    pub(super) properties: Vec<RawProperty<'a>>,
}

pub(super) struct RawProperty<'a> {
    pub(super) key: &'a str,
    pub(super) value: String,
    pub(super) line: usize,
    /// The value was empty, so continuation lines are sub-properties.
    pub(super) has_sub_properties: bool,
}

/// Splits a text into sections and properties, applying the syntax rules.
pub(super) fn parse_raw<'a>(
    path: &Path,
    text: &'a str,
) -> Result<Vec<RawSection<'a>>, ProfileError> {
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
pub(super) fn strip_comment(line: &str, needs_whitespace: bool) -> &str {
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
pub(super) fn strip_prefix_word<'a>(header: &'a str, word: &str) -> Option<&'a str> {
    let rest = header.strip_prefix(word)?;
    if rest.starts_with(WHITESPACE) {
        Some(rest.trim_matches(WHITESPACE))
    } else {
        None
    }
}

/// Whether `s` is a valid profile or property name.
pub(super) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | '%' | '@' | '_' | ':' | '+')
        })
}

/// Sub-properties from continuation lines already checked to hold `=`.
pub(super) fn parse_sub_properties(text: &str) -> BTreeMap<String, String> {
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
