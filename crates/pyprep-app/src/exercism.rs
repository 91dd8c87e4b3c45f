use std::fs;
use std::path::{Path, PathBuf};

use pyprep_core::Id;
use pyprep_judge::Judge;
use serde::{Deserialize, Serialize};

use crate::context::AppError;

/// What `import exercism` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportSummary {
    /// Exercise ids written.
    pub imported: Vec<String>,
    /// Folders skipped, with the reason.
    pub skipped: Vec<(String, String)>,
    /// Refactoring exercises whose stub already passes (marked `starter_passes`).
    pub starter_passes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Config {
    #[serde(default)]
    files: ConfigFiles,
    #[serde(default)]
    blurb: String,
}

#[derive(Debug, Default, Deserialize)]
struct ConfigFiles {
    #[serde(default)]
    solution: Vec<String>,
    #[serde(default)]
    test: Vec<String>,
    #[serde(default)]
    example: Vec<String>,
    #[serde(default)]
    editor: Vec<String>,
}

/// What the track's `config.json` says about its practice exercises.
#[derive(Debug, Default)]
struct Track {
    /// (slug, name, difficulty)
    exercises: Vec<(String, Option<String>, Option<u64>)>,
}

impl Track {
    fn find(&self, slug: &str) -> Option<&(String, Option<String>, Option<u64>)> {
        self.exercises.iter().find(|e| e.0 == slug)
    }
}

/// Imports one Exercism practice exercise folder, or a folder of them, into `into`
/// as pyprep exercises graded by `unittest`. With a judge, each stub is graded too:
/// refactoring exercises, whose stub already passes, are marked `starter_passes`.
pub fn import_exercism(
    src: &Path,
    into: &Path,
    judge: Option<&Judge>,
) -> Result<ImportSummary, AppError> {
    if !src.is_dir() {
        return Err(AppError::Input(format!(
            "{} is not a folder; give an Exercism exercise folder or a folder of them",
            src.display()
        )));
    }
    let mut folders: Vec<PathBuf> = if src.join(".meta/config.json").is_file() {
        vec![src.to_path_buf()]
    } else {
        fs::read_dir(src)
            .map_err(|source| AppError::Read {
                path: src.display().to_string(),
                source,
            })?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join(".meta/config.json").is_file())
            .collect()
    };
    folders.sort();
    if folders.is_empty() {
        return Err(AppError::Input(format!(
            "no Exercism exercises in {} (each has .meta/config.json)",
            src.display()
        )));
    }
    fs::create_dir_all(into).map_err(|source| AppError::Read {
        path: into.display().to_string(),
        source,
    })?;
    let track = track_info(src);
    let mut summary = ImportSummary::default();
    for folder in folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match import_one(&folder, into, &track) {
            Ok(id) => {
                if let Some(judge) = judge
                    && starter_already_passes(judge, &into.join(&id))
                {
                    let toml = into.join(&id).join("exercise.toml");
                    if let Ok(text) = fs::read_to_string(&toml) {
                        let _ = fs::write(&toml, format!("{text}starter_passes = true\n"));
                    }
                    summary.starter_passes.push(id.clone());
                }
                summary.imported.push(id);
            }
            Err(why) => summary.skipped.push((name, why)),
        }
    }
    Ok(summary)
}

/// Whether the imported exercise's stub is accepted as it is.
fn starter_already_passes(judge: &Judge, dir: &Path) -> bool {
    let (bank, problems) = pyprep_bank::load_path(dir);
    let Some(exercise) = bank.exercises.first().filter(|_| problems.is_empty()) else {
        return false;
    };
    judge
        .judge(exercise, exercise.starter.as_bytes())
        .is_ok_and(|r| r.verdict == pyprep_core::RunVerdict::Accepted)
}

/// The track's `config.json`, when `src` sits in a track.
fn track_info(src: &Path) -> Track {
    for dir in src.ancestors().take(4) {
        let Ok(text) = fs::read_to_string(dir.join("config.json")) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        if let Some(practice) = v.pointer("/exercises/practice").and_then(|p| p.as_array()) {
            let exercises = practice
                .iter()
                .filter_map(|e| {
                    Some((
                        e.get("slug")?.as_str()?.to_string(),
                        e.get("name").and_then(|n| n.as_str()).map(String::from),
                        e.get("difficulty").and_then(serde_json::Value::as_u64),
                    ))
                })
                .collect();
            return Track { exercises };
        }
    }
    Track::default()
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn title_from_slug(slug: &str) -> String {
    slug.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn import_one(folder: &Path, into: &Path, track: &Track) -> Result<String, String> {
    let slug = folder
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let id = Id::slugify(&slug).ok_or_else(|| format!("{slug:?} does not make an id"))?;
    let config: Config = serde_json::from_str(&read(&folder.join(".meta/config.json"))?)
        .map_err(|e| format!(".meta/config.json: {e}"))?;
    let solution = config
        .files
        .solution
        .first()
        .cloned()
        .ok_or(".meta/config.json lists no solution file")?;
    let module = solution.trim_end_matches(".py").to_string();
    if config.files.test.is_empty() {
        return Err(".meta/config.json lists no test file".into());
    }
    let example = config
        .files
        .example
        .first()
        .cloned()
        .unwrap_or_else(|| ".meta/example.py".into());
    let reference = read(&folder.join(&example))?;
    let starter = read(&folder.join(&solution))
        .map_err(|_| format!(".meta/config.json names {solution}, which is missing"))?;
    let entry = track.find(&slug);
    let title = entry
        .and_then(|e| e.1.clone())
        .unwrap_or_else(|| title_from_slug(&slug));

    let docs: Vec<String> = [
        "introduction.md",
        "instructions.md",
        "instructions.append.md",
    ]
    .iter()
    .filter_map(|doc| fs::read_to_string(folder.join(".docs").join(doc)).ok())
    .collect();
    let mut statement = format!("# {title}\n\n");
    // The blurb often repeats the instructions' first sentence: keep it only when new.
    let blurb = config.blurb.trim();
    if !blurb.is_empty() && !docs.iter().any(|d| d.contains(blurb)) {
        statement.push_str(blurb);
        statement.push_str("\n\n");
    }
    for text in &docs {
        statement.push_str(&demote_headings(text));
        statement.push_str("\n\n");
    }
    let mut hints: Vec<String> = fs::read_to_string(folder.join(".docs/hints.md"))
        .map(|t| {
            t.lines()
                .filter_map(|l| l.trim().strip_prefix("- ").map(|s| s.trim().to_string()))
                .filter(|s| !s.is_empty())
                .take(6)
                .collect()
        })
        .unwrap_or_default();
    if hints.is_empty() {
        let test = &config.files.test[0];
        hints = vec![
            format!("Read {test}: each test shows an input and exactly what is expected back."),
            "Make the first failing test pass, then run again; let the tests lead you case by case.".into(),
            "Where a test expects an exception, match its type and message exactly (the statement's last section often spells them out).".into(),
        ];
    }
    let difficulty = match entry.and_then(|e| e.2) {
        Some(0..=3) => "easy",
        Some(4..=6) | None => "medium",
        Some(_) => "hard",
    };

    let out = into.join(id.as_str());
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot replace {}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    // Tests, listed helpers, and any other module beside them that tests may import.
    let mut wanted: Vec<String> = config.files.test.clone();
    wanted.extend(config.files.editor.iter().cloned());
    if let Ok(rd) = fs::read_dir(folder) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if e.path().is_file()
                && !name.starts_with('.')
                && name != solution
                && !wanted.contains(&name)
            {
                wanted.push(name);
            }
        }
    }
    // Never ship a solution: example files (older layouts kept example.py beside the
    // tests) stay behind.
    let examples: Vec<&str> = config
        .files
        .example
        .iter()
        .map(String::as_str)
        .chain(["example.py"])
        .collect();
    for name in wanted {
        if name == solution || name.contains("..") || examples.contains(&name.as_str()) {
            continue;
        }
        let from = folder.join(&name);
        if !from.is_file() {
            continue;
        }
        let to = out.join(&name);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        fs::copy(&from, &to).map_err(|e| format!("cannot copy {name}: {e}"))?;
    }
    let meta = ExerciseToml {
        format_version: 1,
        id: id.to_string(),
        title,
        grading: "unittest".into(),
        area: "algorithms".into(),
        topics: vec!["exercism".into()],
        difficulty: difficulty.into(),
        module,
        hints,
    };
    let toml_text = toml::to_string(&meta).map_err(|e| e.to_string())?;
    let write = |name: &str, text: &str| {
        fs::write(out.join(name), text).map_err(|e| format!("cannot write {name}: {e}"))
    };
    write("exercise.toml", &toml_text)?;
    write("README.md", statement.trim_end())?;
    write("starter.py", &starter)?;
    write("reference.py", &reference)?;
    Ok(id.to_string())
}

#[derive(Serialize)]
struct ExerciseToml {
    format_version: u32,
    id: String,
    title: String,
    grading: String,
    area: String,
    topics: Vec<String>,
    difficulty: String,
    module: String,
    hints: Vec<String>,
}

/// Exercism documents start at `#`; nest them under the exercise title.
fn demote_headings(text: &str) -> String {
    let mut in_code = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        out.push(if !in_code && line.starts_with('#') {
            format!("#{line}")
        } else {
            line.to_string()
        });
    }
    out.join("\n")
}
