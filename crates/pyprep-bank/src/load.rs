use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use include_dir::{Dir, DirEntry, include_dir};

use crate::exercise::Exercise;
use crate::files::{FileSet, wanted};
use crate::format::Format;
use crate::problem::Problem;
use crate::question::Question;

static CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content");

/// The embedded content folder, as built into the binary.
pub fn embedded_files() -> &'static Dir<'static> {
    &CONTENT
}

/// A loaded bank: exercises and questions from one or more sources.
#[derive(Debug, Clone, Default)]
pub struct Bank {
    /// Exercises, sorted by id.
    pub exercises: Vec<Exercise>,
    /// Questions, sorted by id.
    pub questions: Vec<Question>,
    /// Interview formats, sorted by id.
    pub formats: Vec<Format>,
}

/// One item of the bank.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    /// A coding exercise.
    Exercise(&'a Exercise),
    /// A question.
    Question(&'a Question),
}

impl Bank {
    /// Finds an item by id.
    pub fn get(&self, id: &str) -> Option<Item<'_>> {
        self.exercise(id)
            .map(Item::Exercise)
            .or_else(|| self.question(id).map(Item::Question))
    }

    /// Finds an exercise by id.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises
            .binary_search_by(|e| e.meta.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.exercises[i])
    }

    /// Finds a question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions
            .binary_search_by(|q| q.meta.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.questions[i])
    }

    /// Every id, for suggestions.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.exercises
            .iter()
            .map(|e| e.meta.id.as_str())
            .chain(self.questions.iter().map(|q| q.meta.id.as_str()))
    }

    /// The ids closest to `wanted`, best first (for "did you mean").
    pub fn suggest(&self, wanted: &str) -> Vec<String> {
        let mut scored: Vec<(f64, &str)> = self
            .ids()
            .map(|id| {
                let mut score = similarity(wanted, id);
                if id.contains(wanted) {
                    score = score.max(0.8);
                }
                (score, id)
            })
            .filter(|(s, _)| *s >= 0.5)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored
            .into_iter()
            .take(3)
            .map(|(_, id)| id.to_string())
            .collect()
    }

    /// Adds another bank's items; an id present in both is a problem and the later
    /// copy is dropped.
    pub fn merge(&mut self, other: Bank, problems: &mut Vec<Problem>) {
        self.exercises.extend(other.exercises);
        self.questions.extend(other.questions);
        self.formats.extend(other.formats);
        self.finish(problems);
    }

    fn finish(&mut self, problems: &mut Vec<Problem>) {
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut keep = |id: &str, path: String| -> bool {
            if let Some(first) = seen.get(id) {
                problems.push(Problem::new(
                    path,
                    None,
                    format!("duplicate id {id}: already used by {first}"),
                ));
                false
            } else {
                seen.insert(id.to_string(), path);
                true
            }
        };
        self.exercises
            .retain(|e| keep(e.meta.id.as_str(), e.files.shown("exercise.toml")));
        self.questions
            .retain(|q| keep(q.meta.id.as_str(), q.path.clone()));
        self.exercises.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        self.questions.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        let mut format_ids: HashMap<String, String> = HashMap::new();
        self.formats.retain(|f| {
            if let Some(first) = format_ids.get(f.id.as_str()) {
                problems.push(Problem::new(
                    f.path.clone(),
                    None,
                    format!("duplicate format id {}: already used by {first}", f.id),
                ));
                false
            } else {
                format_ids.insert(f.id.to_string(), f.path.clone());
                true
            }
        });
        self.formats.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// A format by id.
    pub fn format(&self, id: &str) -> Option<&Format> {
        self.formats.iter().find(|f| f.id.as_str() == id)
    }
}

/// Similarity of two ids in 0..=1: one minus the edit distance over the longer length.
fn similarity(a: &str, b: &str) -> f64 {
    let max = a.chars().count().max(b.chars().count());
    if max == 0 {
        return 1.0;
    }
    1.0 - pyprep_core::text::edit_distance(a, b, max) as f64 / max as f64
}

/// Loads the bank embedded in the binary, deferring the parsing of test cases to
/// first use (the embedded bank is checked by `dev check` and the tests).
pub fn load_embedded() -> (Bank, Vec<Problem>) {
    load_embedded_with(Exercise::from_checked_files)
}

/// Loads the bank embedded in the binary, checking every file now (`dev check`).
pub fn load_embedded_checked() -> (Bank, Vec<Problem>) {
    load_embedded_with(Exercise::from_files)
}

fn load_embedded_with(
    build: fn(FileSet) -> Result<Exercise, Vec<Problem>>,
) -> (Bank, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut bank = Bank::default();
    if let Some(dir) = CONTENT.get_dir("exercises") {
        for sub in dir.dirs() {
            let mut files = BTreeMap::new();
            collect_embedded(sub, sub.path(), &mut files);
            let origin = format!("content/{}", sub.path().display());
            match build(FileSet { origin, files }) {
                Ok(e) => bank.exercises.push(e),
                Err(p) => problems.extend(p),
            }
        }
    }
    if let Some(dir) = CONTENT.get_dir("formats") {
        for f in dir.files() {
            if f.path().extension().is_some_and(|e| e == "toml") {
                let path = format!("content/{}", f.path().display());
                match f.contents_utf8().map(|t| Format::parse(&path, t)) {
                    Some(Ok(format)) => bank.formats.push(format),
                    Some(Err(p)) => problems.extend(p),
                    None => problems.push(Problem::new(path, None, "not UTF-8 text")),
                }
            }
        }
    }
    if let Some(dir) = CONTENT.get_dir("questions") {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in d.entries() {
                match entry {
                    DirEntry::Dir(sub) => stack.push(sub),
                    DirEntry::File(f) if f.path().extension().is_some_and(|e| e == "md") => {
                        let path = format!("content/{}", f.path().display());
                        let folder = f
                            .path()
                            .parent()
                            .and_then(|p| p.file_name())
                            .and_then(|n| n.to_str());
                        match f.contents_utf8() {
                            Some(text) => match Question::parse(&path, text, folder) {
                                Ok(q) => bank.questions.push(q),
                                Err(p) => problems.extend(p),
                            },
                            None => problems.push(Problem::new(path, None, "not UTF-8 text")),
                        }
                    }
                    DirEntry::File(_) => {}
                }
            }
        }
    }
    bank.finish(&mut problems);
    (bank, problems)
}

fn collect_embedded(dir: &Dir<'_>, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect_embedded(sub, root, out),
            DirEntry::File(f) => {
                if let Ok(rel) = f.path().strip_prefix(root) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if wanted(&rel) {
                        out.insert(rel, f.contents().to_vec());
                    }
                }
            }
        }
    }
}

/// Loads content from a path: an exercise folder, a question file, a folder of
/// exercise folders, or a bank root holding `exercises/` and `questions/`.
pub fn load_path(path: &Path) -> (Bank, Vec<Problem>) {
    let mut bank = Bank::default();
    let mut problems = Vec::new();
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            problems.push(Problem::new(shown, None, format!("cannot read: {e}")));
            return (bank, problems);
        }
    };
    if meta.is_file() {
        load_question_file(path, &mut bank, &mut problems);
    } else if path.join("exercise.toml").is_file() {
        load_exercise_dir(path, &mut bank, &mut problems);
    } else {
        walk_pack(path, &mut bank, &mut problems);
    }
    bank.finish(&mut problems);
    (bank, problems)
}

fn walk_pack(dir: &Path, bank: &mut Bank, problems: &mut Vec<Problem>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(e) => {
            problems.push(Problem::new(
                dir.display().to_string(),
                None,
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        if p.is_dir() {
            if p.join("exercise.toml").is_file() {
                load_exercise_dir(&p, bank, problems);
            } else {
                walk_pack(&p, bank, problems);
            }
        } else if name.ends_with(".md") && name != "README.md" && starts_with_front_matter(&p) {
            load_question_file(&p, bank, problems);
        } else if name.ends_with(".toml") && dir.file_name().is_some_and(|d| d == "formats") {
            let shown = p.display().to_string();
            match fs::read_to_string(&p) {
                Ok(text) => match Format::parse(&shown, &text) {
                    Ok(f) => bank.formats.push(f),
                    Err(e) => problems.extend(e),
                },
                Err(e) => problems.push(Problem::new(shown, None, format!("cannot read: {e}"))),
            }
        }
    }
}

fn starts_with_front_matter(path: &Path) -> bool {
    fs::read(path)
        .map(|b| {
            b.strip_prefix(b"\xef\xbb\xbf")
                .unwrap_or(&b)
                .starts_with(b"+++")
        })
        .unwrap_or(false)
}

fn load_question_file(path: &Path, bank: &mut Bank, problems: &mut Vec<Problem>) {
    let shown = path.display().to_string();
    match fs::read_to_string(path) {
        Ok(text) => {
            let folder = path
                .parent()
                .and_then(|p| p.file_name())
                .and_then(|n| n.to_str());
            let folder = folder.filter(|f| f.parse::<pyprep_core::Area>().is_ok());
            match Question::parse(&shown, &text, folder) {
                Ok(q) => bank.questions.push(q),
                Err(p) => problems.extend(p),
            }
        }
        Err(e) => problems.push(Problem::new(shown, None, format!("cannot read: {e}"))),
    }
}

fn load_exercise_dir(dir: &Path, bank: &mut Bank, problems: &mut Vec<Problem>) {
    let mut files = BTreeMap::new();
    if let Err(e) = collect_dir(dir, dir, &mut files) {
        problems.push(Problem::new(
            dir.display().to_string(),
            None,
            format!("cannot read folder: {e}"),
        ));
        return;
    }
    match Exercise::from_files(FileSet {
        origin: dir.display().to_string(),
        files,
    }) {
        Ok(e) => bank.exercises.push(e),
        Err(p) => problems.extend(p),
    }
}

fn collect_dir(
    dir: &Path,
    root: &Path,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if !wanted(&rel) {
            continue;
        }
        let ft = entry.file_type()?;
        if ft.is_dir() {
            collect_dir(&path, root, out)?;
        } else if ft.is_file() {
            out.insert(rel, fs::read(&path)?);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_bank_loads_without_problems() {
        let (bank, problems) = load_embedded_checked();
        assert!(
            problems.is_empty(),
            "embedded bank problems:\n{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(!bank.exercises.is_empty());
        // The fast loader defers cases but yields the same exercises.
        let (fast, fast_problems) = load_embedded();
        assert!(fast_problems.is_empty());
        assert_eq!(fast.exercises, bank.exercises);
    }

    #[test]
    fn suggests_close_ids() {
        let (bank, _) = load_embedded();
        let Some(first) = bank.exercises.first() else {
            return;
        };
        let id = first.meta.id.as_str();
        let typo = format!("{}x", &id[..id.len() - 1]);
        assert!(bank.suggest(&typo).iter().any(|s| s == id));
    }
}
