use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A name that is not part of a closed vocabulary (an area, a level, ...).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; expected one of: {expected}")]
pub struct UnknownName {
    /// Which vocabulary was asked ("area", "level", ...).
    pub what: &'static str,
    /// The rejected text.
    pub value: String,
    /// The accepted names, comma separated.
    pub expected: String,
}

/// Declares a closed vocabulary: an enum whose variants have one lowercase spelling
/// shared by content files, JSON and the command line.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in files, JSON and flags.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownName {
                        what: $what,
                        value: value.to_string(),
                        expected: [$($text),+].join(", "),
                    }),
                }
            }
        }
    };
}

vocabulary! {
    /// The subject area an item belongs to; progress and plans are kept per area.
    Area, "area" {
        CorePython = "core-python",
        Oop = "oop",
        Concurrency = "concurrency",
        Performance = "performance",
        Stdlib = "stdlib",
        Typing = "typing",
        Testing = "testing",
        Packaging = "packaging",
        Python2Vs3 = "python2-vs-3",
        Numpy = "numpy",
        Pandas = "pandas",
        Flask = "flask",
        Django = "django",
        Databases = "databases",
        AiMl = "ai-ml",
        CsFundamentals = "cs-fundamentals",
        Algorithms = "algorithms",
        SystemDesign = "system-design",
        Behavioral = "behavioral",
    }
}

vocabulary! {
    /// How deep a question goes: definitions, mechanisms, or internals and design.
    Level, "level" {
        Junior = "junior",
        Mid = "mid",
        Senior = "senior",
    }
}

vocabulary! {
    /// How hard a coding exercise is.
    Difficulty, "difficulty" {
        Easy = "easy",
        Medium = "medium",
        Hard = "hard",
    }
}

vocabulary! {
    /// The kind of role an item prepares for.
    Role, "role" {
        Backend = "backend",
        Data = "data",
        Ml = "ml",
        General = "general",
    }
}

vocabulary! {
    /// The kind of bank item.
    Kind, "kind" {
        Theory = "theory",
        Design = "design",
        Behavioral = "behavioral",
        Exercise = "exercise",
    }
}

vocabulary! {
    /// How an exercise is graded.
    Grading, "grading" {
        /// The harness calls a function (or a class, call by call) per case; return
        /// values are compared outside the sandbox.
        Function = "function",
        /// The program reads stdin and its stdout is compared outside the sandbox.
        Stdio = "stdio",
        /// Test modules run inside the sandbox; results come from inside it.
        Unittest = "unittest",
    }
}

vocabulary! {
    /// How well a question was recalled, as the user rates it after seeing the answer.
    Rating, "rating" {
        /// Forgot it, or got it wrong.
        Again = "again",
        /// Recalled with serious difficulty or gaps.
        Hard = "hard",
        /// Recalled correctly after some thought.
        Good = "good",
        /// Recalled at once, completely.
        Easy = "easy",
    }
}

impl Rating {
    /// The 1..=4 grade FSRS uses.
    pub fn grade(self) -> u32 {
        match self {
            Rating::Again => 1,
            Rating::Hard => 2,
            Rating::Good => 3,
            Rating::Easy => 4,
        }
    }

    /// The rating of a 1..=4 grade.
    pub fn from_grade(grade: u32) -> Option<Rating> {
        match grade {
            1 => Some(Rating::Again),
            2 => Some(Rating::Hard),
            3 => Some(Rating::Good),
            4 => Some(Rating::Easy),
            _ => None,
        }
    }
}

vocabulary! {
    /// The four segments of an interview.
    Segment, "segment" {
        Theory = "theory",
        Coding = "coding",
        Design = "design",
        Behavioral = "behavioral",
    }
}

vocabulary! {
    /// How an interview round takes place.
    Medium, "medium" {
        Phone = "phone",
        Video = "video",
        Onsite = "onsite",
        TakeHome = "take-home",
    }
}

vocabulary! {
    /// Where an application stands.
    Stage, "stage" {
        Applied = "applied",
        PhoneScreen = "phone-screen",
        Technical = "technical",
        Onsite = "on-site",
        Offer = "offer",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_name() {
        for area in Area::ALL {
            assert_eq!(area.as_str().parse::<Area>(), Ok(*area));
        }
        for grading in Grading::ALL {
            assert_eq!(grading.as_str().parse::<Grading>(), Ok(*grading));
        }
        for rating in Rating::ALL {
            assert_eq!(Rating::from_grade(rating.grade()), Some(*rating));
        }
    }

    #[test]
    fn unknown_names_list_the_choices() {
        let err = "senior-ish".parse::<Level>().unwrap_err();
        assert_eq!(err.what, "level");
        assert!(err.to_string().contains("junior, mid, senior"));
    }

    #[test]
    fn serde_uses_the_same_spelling() {
        let json = serde_json::to_string(&Area::Python2Vs3).unwrap();
        assert_eq!(json, "\"python2-vs-3\"");
    }
}
