//! The user's settings: names, defaults and validation in one place. Stored in the
//! store as text under the same names the command line uses.

use chrono::{NaiveDate, NaiveTime, TimeZone};
use pyprep_coach::schedule::SchedulerConfig;
use pyprep_core::{Level, Role};
use pyprep_store::{Store, Timestamp};
use serde::Serialize;

use crate::AppError;
use crate::clock::Clock;

/// Default probability of recall when a card comes back.
pub const DEFAULT_RETENTION: f32 = 0.9;
/// Default new questions per day.
pub const DEFAULT_NEW_PER_DAY: u32 = 10;
/// Default study hours per day.
pub const DEFAULT_HOURS_PER_DAY: f64 = 2.0;

/// Settings a user may change, with what each means.
pub const KEYS: &[(&str, &str)] = &[
    (
        "desired-retention",
        "probability of recall when a question comes back, 0.70-0.99 (default 0.90)",
    ),
    (
        "new-per-day",
        "new questions per day in drills (default 10)",
    ),
    (
        "interview-date",
        "YYYY-MM-DD; reviews are scheduled to come back before it (`none` clears it)",
    ),
    (
        "role",
        "backend, data, ml or general: weighs areas in readiness",
    ),
    ("level", "junior, mid or senior"),
    (
        "hours-per-day",
        "study time per day the plan fills (default 2)",
    ),
];

/// Internal keys (not set by hand).
const PARAMETERS: &str = "fsrs-parameters";
const LAST_FIT: &str = "fsrs-fitted-at-reviews";

/// The settings in effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Settings {
    /// Desired retention.
    pub desired_retention: f32,
    /// New questions per day.
    pub new_per_day: u32,
    /// The interview date.
    pub interview_date: Option<NaiveDate>,
    /// The role prepared for.
    pub role: Option<Role>,
    /// The level prepared for.
    pub level: Option<Level>,
    /// Study hours per day.
    pub hours_per_day: f64,
    /// FSRS parameters fitted to the user, when adopted.
    pub parameters: Option<Vec<f32>>,
    /// Reviews in the log at the last fit.
    pub fitted_at_reviews: usize,
}

fn bad(key: &str, value: &str, want: &str) -> AppError {
    AppError::Input(format!("{key} {value:?} is not valid: {want}"))
}

/// Checks and normalises a value for `key`; `None` clears it.
pub fn validate(key: &str, value: &str) -> Result<Option<String>, AppError> {
    let v = value.trim();
    let cleared = matches!(v, "" | "none" | "unset");
    match key {
        "desired-retention" => {
            let r: f32 = v
                .parse()
                .map_err(|_| bad(key, v, "a number from 0.70 to 0.99"))?;
            if !(0.7..=0.99).contains(&r) {
                return Err(bad(key, v, "a number from 0.70 to 0.99"));
            }
            Ok(Some(format!("{r}")))
        }
        "new-per-day" => {
            let n: u32 = v
                .parse()
                .map_err(|_| bad(key, v, "a whole number from 0 to 500"))?;
            if n > 500 {
                return Err(bad(key, v, "a whole number from 0 to 500"));
            }
            Ok(Some(n.to_string()))
        }
        "interview-date" if cleared => Ok(None),
        "interview-date" => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(|d| Some(d.to_string()))
            .map_err(|_| bad(key, v, "a date like 2026-12-15, or `none`")),
        "role" if cleared => Ok(None),
        "role" => v
            .parse::<Role>()
            .map(|r| Some(r.to_string()))
            .map_err(|e| AppError::Input(e.to_string())),
        "hours-per-day" => {
            let h: f64 = v
                .parse()
                .map_err(|_| bad(key, v, "hours from 0.25 to 16, e.g. 1.5"))?;
            if !(0.25..=16.0).contains(&h) {
                return Err(bad(key, v, "hours from 0.25 to 16, e.g. 1.5"));
            }
            Ok(Some(format!("{h}")))
        }
        "level" if cleared => Ok(None),
        "level" => v
            .parse::<Level>()
            .map(|l| Some(l.to_string()))
            .map_err(|e| AppError::Input(e.to_string())),
        _ => Err(AppError::Input(format!(
            "unknown setting {key:?}; settings are: {}",
            KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Sets one setting after validating it.
pub fn set(store: &dyn Store, key: &str, value: &str) -> Result<(), AppError> {
    let v = validate(key, value)?;
    store.set_setting(key, v.as_deref())?;
    Ok(())
}

impl Settings {
    /// Reads the settings; values that no longer parse fall back to their defaults.
    pub fn load(store: &dyn Store) -> Result<Settings, AppError> {
        let all = store.settings()?;
        let get = |k: &str| all.get(k).map(String::as_str);
        Ok(Settings {
            desired_retention: get("desired-retention")
                .and_then(|v| v.parse().ok())
                .filter(|r| (0.7..=0.99).contains(r))
                .unwrap_or(DEFAULT_RETENTION),
            new_per_day: get("new-per-day")
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_NEW_PER_DAY),
            interview_date: get("interview-date")
                .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()),
            role: get("role").and_then(|v| v.parse().ok()),
            level: get("level").and_then(|v| v.parse().ok()),
            hours_per_day: get("hours-per-day")
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_HOURS_PER_DAY),
            parameters: get(PARAMETERS)
                .and_then(|v| serde_json::from_str::<Vec<f32>>(v).ok())
                .filter(|p| p.len() == 21),
            fitted_at_reviews: get(LAST_FIT).and_then(|v| v.parse().ok()).unwrap_or(0),
        })
    }

    /// The interview as a moment: 09:00 on its date in the user's offset.
    pub fn interview(&self, clock: &Clock) -> Option<Timestamp> {
        let date = self.interview_date?;
        clock
            .offset
            .from_local_datetime(&date.and_time(NaiveTime::from_hms_opt(9, 0, 0)?))
            .single()
            .map(|t| t.to_utc())
    }

    /// The scheduler configuration these settings give.
    pub fn scheduler_config(&self, clock: &Clock) -> SchedulerConfig {
        let mut c = SchedulerConfig {
            desired_retention: self.desired_retention,
            interview: self.interview(clock),
            ..SchedulerConfig::default()
        };
        if let Some(p) = &self.parameters {
            c.parameters = p.clone();
        }
        c
    }
}

/// Saves fitted parameters (or only the review count of the fit when not adopted).
pub fn save_fit(
    store: &dyn Store,
    parameters: Option<&[f32]>,
    reviews: usize,
) -> Result<(), AppError> {
    if let Some(p) = parameters {
        let json = serde_json::to_string(p).map_err(|e| AppError::Input(e.to_string()))?;
        store.set_setting(PARAMETERS, Some(&json))?;
    }
    store.set_setting(LAST_FIT, Some(&reviews.to_string()))?;
    Ok(())
}
