use pyprep_core::{Area, Difficulty, Grading, Id, RunVerdict};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::files::FileSet;
use crate::problem::{Problem, line_of, toml_problem};

/// `exercise.toml`, format_version 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseMeta {
    /// Always 1 for now.
    pub format_version: u32,
    /// Unique id.
    pub id: Id,
    /// Title shown in lists.
    pub title: String,
    /// How it is graded.
    pub grading: Grading,
    /// Subject area.
    pub area: Area,
    /// Topics (free tags).
    #[serde(default)]
    pub topics: Vec<String>,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// The module name the submission is imported as.
    #[serde(default = "default_module")]
    pub module: String,
    /// The function (or class) called by function cases.
    #[serde(default)]
    pub entry: Option<String>,
    /// Hints, gentle first.
    #[serde(default)]
    pub hints: Vec<String>,
    /// Per-test time limit.
    #[serde(default)]
    pub time_limit_ms: Option<u64>,
    /// Memory limit.
    #[serde(default)]
    pub memory_limit_mb: Option<u64>,
    /// Third-party packages the exercise needs.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Overrides of the other sandbox limits.
    #[serde(default)]
    pub limits: LimitOverrides,
    /// True for refactoring exercises whose starter already passes.
    #[serde(default)]
    pub starter_passes: bool,
    /// Related question ids.
    #[serde(default)]
    pub related: Vec<Id>,
    /// Unittest modules (file names) whose tests are hidden.
    #[serde(default)]
    pub hidden_tests: Vec<String>,
    /// Plausible wrong solutions and the verdict each must get.
    #[serde(default)]
    pub wrong: Vec<WrongMeta>,
}

fn default_module() -> String {
    "solution".to_string()
}

/// Optional `[limits]` table of `exercise.toml`: overrides of the judge's defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitOverrides {
    /// Processes and threads at once.
    pub processes: Option<u64>,
    /// Largest file the submission may write, MiB.
    pub file_size_mb: Option<u64>,
    /// Open file descriptors.
    pub open_files: Option<u64>,
    /// Size of the writable work folder, MiB.
    pub work_dir_mb: Option<u64>,
    /// Output a test may print, KiB.
    pub output_kb: Option<u64>,
}

/// A wrong solution declared in `exercise.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrongMeta {
    /// Path inside the exercise folder.
    pub file: String,
    /// The run verdict the judge must give it.
    pub verdict: String,
    /// Why it is wrong.
    #[serde(default)]
    pub why: String,
}

/// How a returned value is compared with the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compare {
    /// Equal values (numbers by value, booleans only to booleans).
    #[default]
    Exact,
    /// The top-level list in any order.
    Unordered,
    /// Lists in any order at every level.
    UnorderedDeep,
    /// Numbers within a tolerance.
    Float,
}

/// A function case: call the entry with these arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionCase {
    /// Case name.
    pub name: String,
    /// Positional arguments.
    #[serde(default)]
    pub args: Vec<Value>,
    /// Keyword arguments.
    #[serde(default)]
    pub kwargs: serde_json::Map<String, Value>,
    /// The expected return value.
    pub expected: Value,
    /// Hidden from the user.
    #[serde(default)]
    pub hidden: bool,
    /// Comparison mode.
    #[serde(default)]
    pub compare: Compare,
    /// Tolerance for `float`.
    #[serde(default)]
    pub tolerance: Option<f64>,
}

/// A call-sequence case: build the entry class, then call its methods in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallCase {
    /// Case name.
    pub name: String,
    /// `[method, [args...]]`, the first being `__init__`.
    pub calls: Vec<(String, Vec<Value>)>,
    /// One expected value per call (`null` for `__init__`).
    pub expected: Vec<Value>,
    /// Hidden from the user.
    #[serde(default)]
    pub hidden: bool,
    /// Comparison mode for each call's value.
    #[serde(default)]
    pub compare: Compare,
    /// Tolerance for `float`.
    #[serde(default)]
    pub tolerance: Option<f64>,
}

/// A stdio case: this input, exactly this output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StdioCase {
    /// Case name.
    pub name: String,
    /// Standard input.
    pub stdin: String,
    /// Expected standard output.
    pub stdout: String,
    /// Hidden from the user.
    #[serde(default)]
    pub hidden: bool,
}

/// One entry of `cases.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Case {
    /// Call a function.
    Function(FunctionCase),
    /// Drive a class.
    Calls(CallCase),
    /// Feed stdin.
    Stdio(StdioCase),
}

impl Case {
    /// The case's name.
    pub fn name(&self) -> &str {
        match self {
            Case::Function(c) => &c.name,
            Case::Calls(c) => &c.name,
            Case::Stdio(c) => &c.name,
        }
    }

    /// Whether the case is hidden.
    pub fn hidden(&self) -> bool {
        match self {
            Case::Function(c) => c.hidden,
            Case::Calls(c) => c.hidden,
            Case::Stdio(c) => c.hidden,
        }
    }
}

/// A loaded exercise folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// Metadata.
    pub meta: ExerciseMeta,
    /// README.md.
    pub statement: String,
    /// starter.py.
    pub starter: String,
    /// reference.py.
    pub reference: String,
    /// cases.json (function and stdio grading).
    pub cases: Cases,
    /// Every file of the folder, for the judge (tests and helpers) and for copying.
    pub files: FileSet,
}

/// Files that are the exercise's own and never part of what the judge puts next to
/// a submission.
const OWN_FILES: [&str; 5] = [
    "exercise.toml",
    "README.md",
    "starter.py",
    "reference.py",
    "cases.json",
];

impl Exercise {
    /// The unittest modules (file names), sorted.
    pub fn test_modules(&self) -> Vec<String> {
        self.files
            .files
            .keys()
            .filter(|name| !name.contains('/') && is_test_module(name))
            .cloned()
            .collect()
    }

    /// Files the submission's tests may import or read: every file except the
    /// exercise's own (statement, starter, reference, cases) and the wrong solutions.
    pub fn support_files(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        let wrong: Vec<&str> = self.meta.wrong.iter().map(|w| w.file.as_str()).collect();
        self.files.files.iter().filter(move |(name, _)| {
            !OWN_FILES.contains(&name.as_str())
                && !name.starts_with("wrong/")
                && !wrong.contains(&name.as_str())
        })
    }

    /// Whether a unittest module's tests are hidden.
    pub fn module_hidden(&self, file: &str) -> bool {
        self.meta.hidden_tests.iter().any(|h| h == file)
    }

    /// Parses and checks an exercise folder. Returns the exercise, or every problem found.
    pub fn from_files(files: FileSet) -> Result<Exercise, Vec<Problem>> {
        Self::build(files, true)
    }

    /// Like [`Exercise::from_files`], but `cases.json` is parsed on first use: for
    /// content already checked (the embedded bank), so that loading stays fast.
    /// Cases that fail to parse then read as none (the judge answers `no_tests`).
    pub fn from_checked_files(files: FileSet) -> Result<Exercise, Vec<Problem>> {
        Self::build(files, false)
    }

    fn build(files: FileSet, eager: bool) -> Result<Exercise, Vec<Problem>> {
        let mut problems = Vec::new();
        let toml_name = "exercise.toml";
        let Some(meta_text) = text_or_problem(&files, toml_name, &mut problems) else {
            return Err(problems);
        };
        let meta: ExerciseMeta = match toml::from_str(meta_text) {
            Ok(m) => m,
            Err(e) => {
                problems.push(toml_problem(&files.shown(toml_name), meta_text, 0, &e));
                return Err(problems);
            }
        };
        let at = |key: &str| {
            meta_text
                .find(&format!("\n{key}"))
                .map(|o| line_of(meta_text, o + 1))
                .or_else(|| meta_text.starts_with(key).then_some(1))
        };
        let shown = files.shown(toml_name);
        if meta.format_version != 1 {
            problems.push(Problem::new(
                &shown,
                at("format_version"),
                format!(
                    "format_version {} is not supported; this pyprep reads format_version 1",
                    meta.format_version
                ),
            ));
        }
        if meta.title.trim().is_empty() {
            problems.push(Problem::new(&shown, at("title"), "title is empty"));
        }
        if meta.hints.is_empty() {
            problems.push(Problem::new(
                &shown,
                at("hints"),
                "no hints: add at least one, from a gentle nudge to the key idea",
            ));
        }
        if !is_identifier(&meta.module) {
            problems.push(Problem::new(
                &shown,
                at("module"),
                format!("module {:?} is not a Python identifier", meta.module),
            ));
        }
        if let Some(limit) = meta.time_limit_ms
            && !(50..=60_000).contains(&limit)
        {
            problems.push(Problem::new(
                &shown,
                at("time_limit_ms"),
                "time_limit_ms must be between 50 and 60000",
            ));
        }
        if let Some(limit) = meta.memory_limit_mb
            && !(32..=4096).contains(&limit)
        {
            problems.push(Problem::new(
                &shown,
                at("memory_limit_mb"),
                "memory_limit_mb must be between 32 and 4096",
            ));
        }
        let l = &meta.limits;
        for (name, value, range) in [
            ("processes", l.processes, 1..=512),
            ("file_size_mb", l.file_size_mb, 1..=1024),
            ("open_files", l.open_files, 16..=4096),
            ("work_dir_mb", l.work_dir_mb, 1..=2048),
            ("output_kb", l.output_kb, 1..=65536),
        ] {
            if let Some(v) = value
                && !range.contains(&v)
            {
                problems.push(Problem::new(
                    &shown,
                    at("[limits]"),
                    format!(
                        "limits.{name} = {v} is outside {}..={}",
                        range.start(),
                        range.end()
                    ),
                ));
            }
        }
        for w in &meta.wrong {
            if !files.files.contains_key(&w.file) {
                problems.push(Problem::new(
                    &shown,
                    at("[[wrong]]"),
                    format!("wrong solution {} does not exist", w.file),
                ));
            }
            match RunVerdict::parse(&w.verdict) {
                None => problems.push(Problem::new(
                    &shown,
                    at("[[wrong]]"),
                    format!("wrong solution {}: unknown verdict {:?}", w.file, w.verdict),
                )),
                Some(RunVerdict::Accepted) => problems.push(Problem::new(
                    &shown,
                    at("[[wrong]]"),
                    format!("wrong solution {} cannot expect \"accepted\"", w.file),
                )),
                Some(_) => {}
            }
        }
        for h in &meta.hidden_tests {
            if !files.files.contains_key(h) || !is_test_module(h) {
                problems.push(Problem::new(
                    &shown,
                    at("hidden_tests"),
                    format!(
                        "hidden_tests names {h:?}, which is not a test module of this exercise"
                    ),
                ));
            }
        }
        let statement = text_or_problem(&files, "README.md", &mut problems)
            .unwrap_or_default()
            .to_string();
        let starter = text_or_problem(&files, "starter.py", &mut problems)
            .unwrap_or_default()
            .to_string();
        let reference = text_or_problem(&files, "reference.py", &mut problems)
            .unwrap_or_default()
            .to_string();

        let mut cases = Cases::default();
        match meta.grading {
            Grading::Function | Grading::Stdio => {
                if let Some(text) = text_or_problem(&files, "cases.json", &mut problems) {
                    cases = if eager {
                        Cases::parsed(parse_cases(
                            &files.shown("cases.json"),
                            text,
                            meta.grading,
                            &mut problems,
                        ))
                    } else {
                        Cases::deferred(text.to_string(), meta.grading)
                    };
                }
                if meta.grading == Grading::Function
                    && meta.entry.as_deref().is_none_or(|e| !is_identifier(e))
                {
                    problems.push(Problem::new(&shown, at("entry"), "grading \"function\" needs `entry`: the function (or class) name the cases call"));
                }
            }
            Grading::Unittest => {
                if files.files.contains_key("cases.json") {
                    problems.push(Problem::new(files.shown("cases.json"), None, "grading \"unittest\" uses test modules; remove cases.json or change grading"));
                }
                let n = files
                    .files
                    .keys()
                    .filter(|n| !n.contains('/') && is_test_module(n))
                    .count();
                if n == 0 {
                    problems.push(Problem::new(&shown, at("grading"), "grading \"unittest\" needs at least one test module (test_*.py or *_test.py)"));
                }
                if files.files.contains_key(&format!("{}.py", meta.module)) {
                    problems.push(Problem::new(files.shown(&format!("{}.py", meta.module)), None, format!("a file named {}.py would be replaced by the submission; rename it or change `module`", meta.module)));
                }
            }
        }
        if problems.is_empty() {
            Ok(Exercise {
                meta,
                statement,
                starter,
                reference,
                cases,
                files,
            })
        } else {
            Err(problems)
        }
    }
}

fn text_or_problem<'a>(
    files: &'a FileSet,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a str> {
    match files.text(name) {
        None => {
            problems.push(Problem::new(
                files.shown(name),
                None,
                format!("missing {name}"),
            ));
            None
        }
        Some(Err(e)) => {
            problems.push(Problem::new(
                files.shown(name),
                None,
                format!("not UTF-8 text: {e}"),
            ));
            None
        }
        Some(Ok(t)) => Some(t),
    }
}

/// Whether `name` is a unittest module file name.
pub(crate) fn is_test_module(name: &str) -> bool {
    name.ends_with(".py") && (name.starts_with("test_") || name.ends_with("_test.py"))
}

/// Whether `s` is a plain Python identifier (ASCII).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The cases of an exercise, parsed when loaded or on first use.
#[derive(Debug, Clone, Default)]
pub struct Cases {
    parsed: std::sync::OnceLock<Vec<Case>>,
    source: Option<(String, Grading)>,
}

impl Cases {
    fn parsed(cases: Vec<Case>) -> Cases {
        Cases {
            parsed: std::sync::OnceLock::from(cases),
            source: None,
        }
    }

    fn deferred(text: String, grading: Grading) -> Cases {
        Cases {
            parsed: std::sync::OnceLock::new(),
            source: Some((text, grading)),
        }
    }
}

impl std::ops::Deref for Cases {
    type Target = [Case];

    fn deref(&self) -> &[Case] {
        self.parsed.get_or_init(|| match &self.source {
            Some((text, grading)) => {
                let mut ignored = Vec::new();
                let cases = parse_cases("cases.json", text, *grading, &mut ignored);
                if ignored.is_empty() {
                    cases
                } else {
                    Vec::new()
                }
            }
            None => Vec::new(),
        })
    }
}

impl PartialEq for Cases {
    fn eq(&self, other: &Cases) -> bool {
        **self == **other
    }
}

fn parse_cases(
    shown: &str,
    text: &str,
    grading: Grading,
    problems: &mut Vec<Problem>,
) -> Vec<Case> {
    let raw: Vec<Value> = match serde_json::from_str(text) {
        Ok(Value::Array(items)) => items,
        Ok(_) => {
            problems.push(Problem::new(
                shown,
                Some(1),
                "cases.json must be a JSON array of cases",
            ));
            return Vec::new();
        }
        Err(e) => {
            problems.push(Problem::new(
                shown,
                Some(e.line()),
                format!("invalid JSON: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut cases = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, item) in raw.into_iter().enumerate() {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let line = text
            .find(&format!("\"{name}\""))
            .filter(|_| !name.is_empty())
            .map(|o| line_of(text, o));
        let label = if name.is_empty() {
            format!("case {}", i + 1)
        } else {
            format!("case {} ({name:?})", i + 1)
        };
        let parsed = match grading {
            Grading::Stdio => serde_json::from_value::<StdioCase>(item).map(Case::Stdio),
            _ if item.get("calls").is_some() => {
                serde_json::from_value::<CallCase>(item).map(Case::Calls)
            }
            _ => serde_json::from_value::<FunctionCase>(item).map(Case::Function),
        };
        match parsed {
            Ok(case) => {
                if case.name().is_empty() {
                    problems.push(Problem::new(
                        shown,
                        line,
                        format!("{label}: every case needs a non-empty name"),
                    ));
                } else if !names.insert(case.name().to_string()) {
                    problems.push(Problem::new(
                        shown,
                        line,
                        format!("{label}: duplicate case name"),
                    ));
                }
                if let Case::Calls(c) = &case {
                    if c.calls.first().is_none_or(|(m, _)| m != "__init__") {
                        problems.push(Problem::new(
                            shown,
                            line,
                            format!("{label}: a call sequence starts with [\"__init__\", [args]]"),
                        ));
                    }
                    if c.calls.len() != c.expected.len() {
                        problems.push(Problem::new(
                            shown,
                            line,
                            format!(
                                "{label}: {} calls but {} expected values",
                                c.calls.len(),
                                c.expected.len()
                            ),
                        ));
                    }
                }
                cases.push(case);
            }
            Err(e) => problems.push(Problem::new(shown, line, format!("{label}: {e}"))),
        }
    }
    if cases.is_empty() && problems.is_empty() {
        problems.push(Problem::new(
            shown,
            Some(1),
            "no cases: an exercise needs at least one",
        ));
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet {
            origin: "x".into(),
            files: files
                .iter()
                .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
                .collect(),
        }
    }

    const META: &str = "format_version = 1\nid = \"add\"\ntitle = \"Add\"\ngrading = \"function\"\narea = \"algorithms\"\ndifficulty = \"easy\"\nentry = \"add\"\nhints = [\"h\"]\n";

    #[test]
    fn loads_a_function_exercise() {
        let ex = Exercise::from_files(set(&[
            ("exercise.toml", META),
            ("README.md", "Add"),
            ("starter.py", "def add(a, b):\n    pass\n"),
            ("reference.py", "def add(a, b):\n    return a + b\n"),
            ("cases.json", r#"[{"name": "one", "args": [1, 2], "expected": 3}, {"name": "cls", "calls": [["__init__", []], ["f", []]], "expected": [null, 1]}]"#),
        ]))
        .unwrap();
        assert_eq!(ex.cases.len(), 2);
        assert!(matches!(ex.cases[1], Case::Calls(_)));
        assert_eq!(ex.meta.module, "solution");
    }

    #[test]
    fn reports_toml_errors_with_lines() {
        let bad = META.replace("difficulty = \"easy\"", "difficulty = \"trivial\"");
        let errs = Exercise::from_files(set(&[("exercise.toml", &bad)])).unwrap_err();
        assert_eq!(errs[0].line, Some(6), "{errs:?}");
        assert!(errs[0].message.contains("trivial"), "{errs:?}");
    }

    #[test]
    fn reports_case_errors_with_lines() {
        let errs = Exercise::from_files(set(&[
            ("exercise.toml", META),
            ("README.md", "Add"),
            ("starter.py", ""),
            ("reference.py", ""),
            ("cases.json", "[\n {\"name\": \"a\", \"args\": [1], \"expected\": 1},\n {\"name\": \"b\", \"argz\": [1], \"expected\": 1}\n]"),
        ]))
        .unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].line, Some(3));
        assert!(errs[0].message.contains("argz"));
    }

    #[test]
    fn unittest_needs_test_modules() {
        let meta = META.replace("\"function\"", "\"unittest\"");
        let errs = Exercise::from_files(set(&[
            ("exercise.toml", &meta),
            ("README.md", ""),
            ("starter.py", ""),
            ("reference.py", ""),
        ]))
        .unwrap_err();
        assert!(
            errs.iter()
                .any(|p| p.message.contains("at least one test module"))
        );
    }
}
