//! Interview formats: a sequence of timed rounds, each drawing items of one segment
//! from the bank. `content/formats/<id>.toml`, format_version 1.

use pyprep_core::{Area, Difficulty, Id, Level, Medium, Role, Segment};
use serde::{Deserialize, Serialize};

use crate::problem::{Problem, toml_problem};

/// One round of a format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// What the round is called.
    pub title: String,
    /// Theory, coding, design or behavioral.
    pub segment: Segment,
    /// How many items it asks.
    pub items: u32,
    /// Minutes for the whole round (for a take-home: working time to expect).
    pub minutes: u32,
    /// Who runs it ("a senior Python developer").
    pub interviewer: String,
    /// How they open the round, in their words.
    pub opening: String,
    /// Only items of these areas (any when empty).
    #[serde(default)]
    pub areas: Vec<Area>,
    /// Only items with one of these topics (any when empty).
    #[serde(default)]
    pub topics: Vec<String>,
    /// Coding: only these difficulties (any when empty).
    #[serde(default)]
    pub difficulty: Vec<Difficulty>,
    /// Take-home: hours until the deadline.
    #[serde(default)]
    pub deadline_hours: Option<u32>,
}

/// An interview format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// Always 1 for now.
    pub format_version: u32,
    /// Unique id among formats.
    pub id: Id,
    /// Title.
    pub title: String,
    /// What it is and what it checks.
    pub description: String,
    /// Phone, video, on-site or take-home.
    pub medium: Medium,
    /// Roles it suits (all when empty).
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Levels it suits (all when empty).
    #[serde(default)]
    pub levels: Vec<Level>,
    /// What the interviewers look for overall.
    #[serde(default)]
    pub looks_for: Vec<String>,
    /// The rounds, in order.
    pub rounds: Vec<Round>,
    /// The file, for messages.
    #[serde(skip)]
    pub path: String,
}

impl Format {
    /// Parses and checks a format file.
    pub fn parse(path: &str, text: &str) -> Result<Format, Vec<Problem>> {
        let mut f: Format =
            toml::from_str(text).map_err(|e| vec![toml_problem(path, text, 0, &e)])?;
        f.path = path.to_string();
        let mut problems = Vec::new();
        let mut bad = |msg: String| problems.push(Problem::new(path, None, msg));
        if f.format_version != 1 {
            bad(format!(
                "format_version {} is not supported; use 1",
                f.format_version
            ));
        }
        if f.rounds.is_empty() {
            bad("a format needs at least one [[rounds]]".into());
        }
        for (i, r) in f.rounds.iter().enumerate() {
            let n = i + 1;
            if !(1..=10).contains(&r.items) {
                bad(format!("round {n}: items must be 1 to 10"));
            }
            if !(1..=600).contains(&r.minutes) {
                bad(format!("round {n}: minutes must be 1 to 600"));
            }
            if r.opening.trim().is_empty() || r.interviewer.trim().is_empty() {
                bad(format!("round {n}: needs an interviewer and an opening"));
            }
            if r.deadline_hours.is_some() && f.medium != Medium::TakeHome {
                bad(format!(
                    "round {n}: deadline_hours is for take-home formats (medium = \"take-home\")"
                ));
            }
            if !r.difficulty.is_empty() && r.segment != Segment::Coding {
                bad(format!("round {n}: difficulty only filters coding rounds"));
            }
        }
        if problems.is_empty() {
            Ok(f)
        } else {
            Err(problems)
        }
    }

    /// Whether it suits a role and level (unset means any).
    pub fn suits(&self, role: Option<Role>, level: Option<Level>) -> bool {
        role.is_none_or(|r| self.roles.is_empty() || self.roles.contains(&r))
            && level.is_none_or(|l| self.levels.is_empty() || self.levels.contains(&l))
    }

    /// Total minutes of the rounds.
    pub fn minutes(&self) -> u32 {
        self.rounds.iter().map(|r| r.minutes).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"
format_version = 1
id = "screen"
title = "Screen"
description = "A short call."
medium = "phone"
[[rounds]]
title = "Background"
segment = "behavioral"
items = 2
minutes = 15
interviewer = "A recruiter"
opening = "Hi! Tell me about yourself."
"#;

    #[test]
    fn a_good_format_parses() {
        let f = Format::parse("f.toml", OK).unwrap();
        assert_eq!(f.rounds[0].segment, Segment::Behavioral);
        assert_eq!(f.minutes(), 15);
        assert!(f.suits(Some(Role::Data), Some(Level::Senior)));
    }

    #[test]
    fn problems_name_the_round_and_the_line() {
        let e = Format::parse("f.toml", &OK.replace("items = 2", "items = 0")).unwrap_err();
        assert!(e[0].message.contains("round 1: items"), "{e:?}");
        let e = Format::parse(
            "f.toml",
            &OK.replace("segment = \"behavioral\"", "segment = \"trivia\""),
        )
        .unwrap_err();
        assert_eq!(e[0].line, Some(9), "{e:?}");
        assert!(
            e[0].message.contains("theory, coding, design, behavioral")
                || e[0].message.contains("unknown variant"),
            "{e:?}"
        );
        let e = Format::parse(
            "f.toml",
            &OK.replace("minutes = 15", "minutes = 15\ndeadline_hours = 4"),
        )
        .unwrap_err();
        assert!(e[0].message.contains("take-home"), "{e:?}");
    }
}
