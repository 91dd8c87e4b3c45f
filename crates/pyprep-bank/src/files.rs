use std::collections::BTreeMap;

/// The files of one item (an exercise folder), by path relative to the item's folder,
/// with `/` separators. Both the embedded bank and folders on disk load into this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSet {
    /// Where the files came from, for messages: a folder path or `content/exercises/<id>`.
    pub origin: String,
    /// The files.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl FileSet {
    /// The file at `name` as text, if present and UTF-8.
    pub fn text(&self, name: &str) -> Option<Result<&str, std::str::Utf8Error>> {
        self.files.get(name).map(|b| std::str::from_utf8(b))
    }

    /// The path to show for `name`.
    pub fn shown(&self, name: &str) -> String {
        if self.origin.is_empty() {
            name.to_string()
        } else {
            format!("{}/{}", self.origin.trim_end_matches('/'), name)
        }
    }
}

/// Whether a file belongs in a loaded item (skips caches and editor litter).
pub(crate) fn wanted(rel: &str) -> bool {
    !rel.split('/')
        .any(|part| part.starts_with('.') || part == "__pycache__")
        && !rel.ends_with(".pyc")
}
