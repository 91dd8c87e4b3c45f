use pyprep_app::settings::{self, KEYS, Settings};

use super::{context, print_json};

/// `pyprep settings [KEY [VALUE]]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A setting: desired-retention, new-per-day, interview-date, role, level, hours-per-day.
    key: Option<String>,
    /// Its new value (`none` clears an optional one).
    value: Option<String>,
    /// Print the settings as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let store = ctx.store()?;
    if let (Some(k), Some(v)) = (&a.key, &a.value) {
        settings::set(store, k, v)?;
    } else if let Some(k) = &a.key
        && !KEYS.iter().any(|(name, _)| name == k)
    {
        settings::validate(k, "")?;
    }
    let s = Settings::load(store)?;
    if a.json {
        print_json(&serde_json::json!({
            "desired-retention": s.desired_retention,
            "new-per-day": s.new_per_day,
            "interview-date": s.interview_date,
            "role": s.role,
            "level": s.level,
            "hours-per-day": s.hours_per_day,
            "fitted-parameters": s.parameters.is_some(),
        }))?;
        return Ok(0);
    }
    let value = |k: &str| -> String {
        match k {
            "desired-retention" => format!("{:.2}", s.desired_retention),
            "new-per-day" => s.new_per_day.to_string(),
            "interview-date" => s
                .interview_date
                .map(|d| d.to_string())
                .unwrap_or("none".into()),
            "role" => s.role.map(|r| r.to_string()).unwrap_or("none".into()),
            "level" => s.level.map(|l| l.to_string()).unwrap_or("none".into()),
            "hours-per-day" => format!("{}", s.hours_per_day),
            _ => String::new(),
        }
    };
    for (k, help) in KEYS {
        if a.key.as_deref().is_none_or(|x| x == *k) {
            println!("{k:<18} {:<12} {help}", value(k));
        }
    }
    if a.key.is_none() {
        println!(
            "{:<18} {:<12} fitted to your reviews by `pyprep optimize` (or after drills)",
            "scheduler",
            if s.parameters.is_some() {
                "fitted"
            } else {
                "default"
            }
        );
    }
    Ok(0)
}
