use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// The id of a bank item (question or exercise): lowercase letters, digits and single
/// hyphens between them, at most 64 characters. Ids are shared by every kind of item.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(String);

/// Why a string is not a valid [`Id`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid id {value:?}: ids use lowercase letters, digits and single hyphens (e.g. \"two-sum\"), at most 64 characters"
)]
pub struct IdError {
    /// The rejected text.
    pub value: String,
}

impl Id {
    /// The longest id accepted.
    pub const MAX_LEN: usize = 64;

    /// Checks and wraps `value`.
    pub fn new(value: impl Into<String>) -> Result<Self, IdError> {
        let value = value.into();
        if Self::is_valid(&value) {
            Ok(Self(value))
        } else {
            Err(IdError { value })
        }
    }

    /// Whether `value` is spelled like an id.
    pub fn is_valid(value: &str) -> bool {
        !value.is_empty()
            && value.len() <= Self::MAX_LEN
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--")
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// Turns free text (a folder name, a title) into the closest valid id, or `None`
    /// when nothing usable is left.
    pub fn slugify(text: &str) -> Option<Self> {
        let mut out = String::new();
        for ch in text.chars() {
            if ch.is_ascii_alphanumeric() {
                out.push(ch.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        out.truncate(Self::MAX_LEN);
        while out.ends_with('-') {
            out.pop();
        }
        Self::new(out).ok()
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Id::new(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_rejects() {
        assert!(Id::is_valid("two-sum"));
        assert!(Id::is_valid("lru-cache-2"));
        for bad in ["", "Two", "a--b", "-a", "a-", "a_b", "a b", &"x".repeat(65)] {
            assert!(!Id::is_valid(bad), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn slugify_makes_ids() {
        assert_eq!(Id::slugify("Two Sum!").map(|i| i.0), Some("two-sum".into()));
        assert_eq!(
            Id::slugify("  __hello__world "),
            Some(Id("hello-world".into()))
        );
        assert_eq!(Id::slugify("___"), None);
    }

    #[test]
    fn deserialize_validates() {
        let ok: Result<Id, _> = serde_json::from_str("\"a-b\"");
        assert!(ok.is_ok());
        let bad: Result<Id, _> = serde_json::from_str("\"A B\"");
        assert!(bad.is_err());
    }
}
