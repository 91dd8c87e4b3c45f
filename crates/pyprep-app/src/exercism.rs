use std::fs;
use std::path::{Path, PathBuf};

use pyprep_core::Id;
use serde::{Deserialize, Serialize};

use crate::context::AppError;

/// What `import exercism` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportSummary {
    /// Exercise ids written.
    pub imported: Vec<String>,
    /// Folders skipped, with the reason.
    pub skipped: Vec<(String, String)>,
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

/// Imports one Exercism practice exercise folder, or a folder of them, into `into`
/// as pyprep exercises graded by `unittest`.
pub fn import_exercism(src: &Path, into: &Path) -> Result<ImportSummary, AppError> {
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
    let difficulties = track_difficulties(src);
    let mut summary = ImportSummary::default();
    for folder in folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match import_one(&folder, into, &difficulties) {
            Ok(id) => summary.imported.push(id),
            Err(why) => summary.skipped.push((name, why)),
        }
    }
    Ok(summary)
}

/// Difficulty per slug from the track's `config.json`, when `src` sits in a track.
fn track_difficulties(src: &Path) -> Vec<(String, u64)> {
    for dir in src.ancestors().take(4) {
        let Ok(text) = fs::read_to_string(dir.join("config.json")) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        if let Some(practice) = v.pointer("/exercises/practice").and_then(|p| p.as_array()) {
            return practice
                .iter()
                .filter_map(|e| {
                    Some((
                        e.get("slug")?.as_str()?.to_string(),
                        e.get("difficulty")?.as_u64()?,
                    ))
                })
                .collect();
        }
    }
    Vec::new()
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn import_one(
    folder: &Path,
    into: &Path,
    difficulties: &[(String, u64)],
) -> Result<String, String> {
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
    let starter = read(&folder.join(&solution)).unwrap_or_default();

    let title = slug
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut statement = format!("# {title}\n\n");
    if !config.blurb.trim().is_empty() {
        statement.push_str(config.blurb.trim());
        statement.push_str("\n\n");
    }
    for doc in [
        "introduction.md",
        "instructions.md",
        "instructions.append.md",
    ] {
        if let Ok(text) = fs::read_to_string(folder.join(".docs").join(doc)) {
            statement.push_str(&demote_headings(&text));
            statement.push_str("\n\n");
        }
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
    let difficulty = match difficulties
        .iter()
        .find(|(s, _)| *s == slug)
        .map(|(_, d)| *d)
    {
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
    let mut copied = Vec::new();
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
    for name in wanted {
        if name == solution || name.contains("..") {
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
        copied.push(name);
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
