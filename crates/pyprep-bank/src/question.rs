use pyprep_core::{Area, Id, Kind, Level, Role};
use serde::{Deserialize, Serialize};

use crate::problem::{Problem, line_of, toml_problem};

/// A key point of a model answer and the phrases that show it was covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyPoint {
    /// The point in one sentence.
    pub text: String,
    /// Alternative phrasings (1 to 4 words each).
    pub terms: Vec<String>,
}

/// One dimension of a design rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricEntry {
    /// One of [`RUBRIC_DIMENSIONS`].
    pub dimension: String,
    /// What a strong answer covers.
    pub expect: String,
}

/// A STAR outline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Star {
    /// Situation.
    pub situation: String,
    /// Task.
    pub task: String,
    /// Action.
    pub action: String,
    /// Result.
    pub result: String,
}

/// The rubric dimensions every design question covers, in order.
pub const RUBRIC_DIMENSIONS: [&str; 7] = [
    "requirements",
    "estimates",
    "api-and-data-model",
    "components",
    "scaling",
    "trade-offs",
    "failure-modes",
];

const DESIGN_HEADINGS: [&str; 7] = [
    "Requirements",
    "Estimates",
    "API and data model",
    "Components",
    "Scaling",
    "Trade-offs",
    "Failure modes",
];

/// The front matter of a question file, format_version 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionMeta {
    /// Always 1 for now.
    pub format_version: u32,
    /// Unique id.
    pub id: Id,
    /// theory, design or behavioral.
    pub kind: Kind,
    /// What the interviewer asks.
    pub prompt: String,
    /// Subject area.
    pub area: Area,
    /// Topics (free tags).
    pub topics: Vec<String>,
    /// Level.
    pub level: Level,
    /// Roles it suits.
    pub roles: Vec<Role>,
    /// Key points of a good answer.
    pub key_points: Vec<KeyPoint>,
    /// Follow-up questions an interviewer may ask.
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// Related exercise ids.
    #[serde(default)]
    pub related: Vec<Id>,
    /// Third-party packages its code blocks import.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Design rubric.
    #[serde(default)]
    pub rubric: Vec<RubricEntry>,
    /// Behavioral: what the interviewer listens for.
    #[serde(default)]
    pub listens_for: Vec<String>,
    /// Behavioral: common mistakes.
    #[serde(default)]
    pub pitfalls: Vec<String>,
    /// Behavioral: a STAR outline.
    #[serde(default)]
    pub star: Option<Star>,
}

/// A loaded question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Front matter.
    pub meta: QuestionMeta,
    /// The model answer (Markdown).
    pub answer: String,
    /// The file, for messages.
    pub path: String,
    /// The 1-based line where the answer starts in the file.
    pub answer_line: usize,
}

/// A fenced code block of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    /// The info string (`python`, `output`, `text`, ...).
    pub lang: String,
    /// The code.
    pub code: String,
    /// 1-based line of the opening fence, in the answer.
    pub line: usize,
    /// For a `python` block directly followed by an `output` block: that output.
    pub expected_output: Option<String>,
}

/// Extracts the fenced code blocks of a Markdown text.
pub fn code_blocks(markdown: &str) -> Vec<CodeBlock> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut blocks: Vec<CodeBlock> = Vec::new();
    let mut i = 0;
    let mut last_block_end: Option<usize> = None;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            let lang = info.split_whitespace().next().unwrap_or("").to_string();
            let start = i;
            let mut j = i + 1;
            while j < lines.len() && lines[j].trim() != "```" {
                j += 1;
            }
            let code = lines[start + 1..j.min(lines.len())].join("\n");
            let adjacent = last_block_end
                .is_some_and(|end| lines[end + 1..start].iter().all(|l| l.trim().is_empty()));
            if lang == "output"
                && adjacent
                && let Some(prev) = blocks.last_mut()
                && prev.lang == "python"
                && prev.expected_output.is_none()
            {
                prev.expected_output = Some(code.clone());
            }
            blocks.push(CodeBlock {
                lang,
                code,
                line: start + 1,
                expected_output: None,
            });
            last_block_end = Some(j.min(lines.len() - 1));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    blocks
}

fn words(markdown: &str) -> usize {
    let mut in_code = false;
    let mut n = 0;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            n += line.split_whitespace().count();
        }
    }
    n
}

impl Question {
    /// Parses and checks a question file. `path` is shown in problems; `folder_area`
    /// is the name of the folder it sits in, when it has one.
    pub fn parse(
        path: &str,
        text: &str,
        folder_area: Option<&str>,
    ) -> Result<Question, Vec<Problem>> {
        let mut problems = Vec::new();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split_inclusive('\n');
        if lines.next().map(str::trim) != Some("+++") {
            return Err(vec![Problem::new(
                path,
                Some(1),
                "a question starts with a TOML front matter opened by a line `+++`",
            )]);
        }
        let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
        let front_start = offset;
        let mut front_end = None;
        for line in lines {
            if line.trim() == "+++" {
                front_end = Some(offset);
                offset += line.len();
                break;
            }
            offset += line.len();
        }
        let Some(front_end) = front_end else {
            return Err(vec![Problem::new(
                path,
                Some(1),
                "the front matter is never closed: add a line `+++` after it",
            )]);
        };
        let front = &text[front_start..front_end];
        let answer = text[offset.min(text.len())..].to_string();
        let answer_line = line_of(text, offset);
        let meta: QuestionMeta = match toml::from_str(front) {
            Ok(m) => m,
            Err(e) => return Err(vec![toml_problem(path, front, 1, &e)]),
        };
        let key_line = |key: &str| {
            front
                .find(&format!("\n{key}"))
                .map(|o| line_of(front, o + 1) + 1)
        };
        if meta.format_version != 1 {
            problems.push(Problem::new(
                path,
                key_line("format_version"),
                "format_version must be 1",
            ));
        }
        if let Some(folder) = folder_area
            && folder != meta.area.as_str()
        {
            problems.push(Problem::new(
                path,
                key_line("area"),
                format!(
                    "area is {} but the file is in the folder {folder}; move it to questions/{}/",
                    meta.area, meta.area
                ),
            ));
        }
        let stem = path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim_end_matches(".md");
        if stem != meta.id.as_str() {
            problems.push(Problem::new(
                path,
                key_line("id"),
                format!("the file must be named {}.md after its id", meta.id),
            ));
        }
        if meta.prompt.trim().is_empty() {
            problems.push(Problem::new(path, key_line("prompt"), "prompt is empty"));
        }
        if !(1..=6).contains(&meta.topics.len()) {
            problems.push(Problem::new(
                path,
                key_line("topics"),
                "topics: give 1 to 6",
            ));
        }
        if meta.roles.is_empty() {
            problems.push(Problem::new(
                path,
                key_line("roles"),
                "roles: give at least one of backend, data, ml, general",
            ));
        }
        if !(3..=6).contains(&meta.key_points.len()) {
            problems.push(Problem::new(
                path,
                key_line("[[key_points]]"),
                format!("key_points: give 3 to 6 (found {})", meta.key_points.len()),
            ));
        }
        for (i, kp) in meta.key_points.iter().enumerate() {
            if kp.text.trim().is_empty()
                || kp.terms.is_empty()
                || kp.terms.iter().any(|t| t.split_whitespace().count() == 0)
            {
                problems.push(Problem::new(
                    path,
                    key_line("[[key_points]]"),
                    format!("key point {} needs a text and non-empty terms", i + 1),
                ));
            }
        }
        let n = words(&answer);
        match meta.kind {
            Kind::Design => {
                if meta.area != Area::SystemDesign {
                    problems.push(Problem::new(
                        path,
                        key_line("area"),
                        "design questions use area system-design",
                    ));
                }
                let mut dims: Vec<&str> =
                    meta.rubric.iter().map(|r| r.dimension.as_str()).collect();
                dims.sort_unstable();
                let mut want = RUBRIC_DIMENSIONS.to_vec();
                want.sort_unstable();
                if dims != want {
                    problems.push(Problem::new(
                        path,
                        key_line("[[rubric]]"),
                        format!(
                            "the rubric needs one entry for each of: {}",
                            RUBRIC_DIMENSIONS.join(", ")
                        ),
                    ));
                }
                for h in DESIGN_HEADINGS {
                    if !answer.lines().any(|l| l.trim() == format!("## {h}")) {
                        problems.push(Problem::new(
                            path,
                            Some(answer_line),
                            format!("the walk-through needs a heading `## {h}`"),
                        ));
                    }
                }
                if !(250..=700).contains(&n) {
                    problems.push(Problem::new(
                        path,
                        Some(answer_line),
                        format!("the walk-through has {n} words; keep it between 250 and 700"),
                    ));
                }
            }
            Kind::Behavioral => {
                if meta.area != Area::Behavioral {
                    problems.push(Problem::new(
                        path,
                        key_line("area"),
                        "behavioral questions use area behavioral",
                    ));
                }
                if !(3..=6).contains(&meta.listens_for.len()) {
                    problems.push(Problem::new(
                        path,
                        key_line("listens_for"),
                        "listens_for: give 3 to 6",
                    ));
                }
                if !(2..=5).contains(&meta.pitfalls.len()) {
                    problems.push(Problem::new(
                        path,
                        key_line("pitfalls"),
                        "pitfalls: give 2 to 5",
                    ));
                }
                if meta.star.is_none() {
                    problems.push(Problem::new(
                        path,
                        None,
                        "behavioral questions need a [star] outline",
                    ));
                }
                if !(80..=400).contains(&n) {
                    problems.push(Problem::new(
                        path,
                        Some(answer_line),
                        format!("the answer has {n} words; keep it between 80 and 400"),
                    ));
                }
            }
            Kind::Theory => {
                if matches!(meta.area, Area::SystemDesign | Area::Behavioral) {
                    problems.push(Problem::new(
                        path,
                        key_line("kind"),
                        format!(
                            "a question in area {} has kind {}",
                            meta.area,
                            if meta.area == Area::Behavioral {
                                "behavioral"
                            } else {
                                "design"
                            }
                        ),
                    ));
                }
                if !(80..=400).contains(&n) {
                    problems.push(Problem::new(
                        path,
                        Some(answer_line),
                        format!("the answer has {n} words; keep it between 80 and 400"),
                    ));
                }
            }
            Kind::Exercise => problems.push(Problem::new(
                path,
                key_line("kind"),
                "kind must be theory, design or behavioral",
            )),
        }
        if problems.is_empty() {
            Ok(Question {
                meta,
                answer,
                path: path.to_string(),
                answer_line,
            })
        } else {
            Err(problems)
        }
    }

    /// The answer's code blocks, with lines relative to the whole file.
    pub fn code_blocks(&self) -> Vec<CodeBlock> {
        code_blocks(&self.answer)
            .into_iter()
            .map(|mut b| {
                b.line += self.answer_line - 1;
                b
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(words: usize) -> String {
        "word ".repeat(words)
    }

    const FRONT: &str = "+++\nformat_version = 1\nid = \"q-one\"\nkind = \"theory\"\nprompt = \"Why?\"\narea = \"core-python\"\ntopics = [\"a\"]\nlevel = \"junior\"\nroles = [\"general\"]\n[[key_points]]\ntext = \"a\"\nterms = [\"a b\"]\n[[key_points]]\ntext = \"b\"\nterms = [\"c\"]\n[[key_points]]\ntext = \"c\"\nterms = [\"d\"]\n+++\n";

    #[test]
    fn parses_and_finds_code_with_output() {
        let text = format!(
            "{FRONT}{}\n\n```python\nprint(1)\n```\n\n```output\n1\n```\n",
            body(90)
        );
        let q = Question::parse("core-python/q-one.md", &text, Some("core-python")).unwrap();
        let blocks = q.code_blocks();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].expected_output.as_deref(), Some("1"));
        assert_eq!(blocks[0].line, 22);
    }

    #[test]
    fn reports_bad_toml_with_its_line() {
        let text = FRONT.replace("level = \"junior\"", "level = \"guru\"") + &body(90);
        let errs = Question::parse("q-one.md", &text, None).unwrap_err();
        assert_eq!(errs[0].line, Some(8), "{errs:?}");
    }

    #[test]
    fn checks_length_and_folder() {
        let errs =
            Question::parse("oop/q-one.md", &format!("{FRONT}short"), Some("oop")).unwrap_err();
        assert!(errs.iter().any(|p| p.message.contains("folder oop")));
        assert!(errs.iter().any(|p| p.message.contains("1 words")));
    }
}
