//! `pyprep plan set|show` and `pyprep today`.

use pyprep_app::{plan, settings};
use pyprep_core::{Level, Role};

use super::{context, print_json};

/// `pyprep plan`
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: PlanCommand,
}

#[derive(Debug, clap::Subcommand)]
enum PlanCommand {
    /// Set the interview date, role and level (and study hours per day).
    Set {
        /// The interview day, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// backend, data, ml or general.
        #[arg(long)]
        role: Role,
        /// junior, mid or senior.
        #[arg(long)]
        level: Level,
        /// Study time per day (default 2).
        #[arg(long)]
        hours_per_day: Option<f64>,
        #[arg(long)]
        json: bool,
    },
    /// The whole calendar from today to the interview.
    Show {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let (json, set) = match a.command {
        PlanCommand::Set {
            date,
            role,
            level,
            hours_per_day,
            json,
        } => {
            let store = ctx.store()?;
            settings::validate("interview-date", &date)?;
            if let Some(h) = hours_per_day {
                settings::validate("hours-per-day", &h.to_string())?;
            }
            settings::set(store, "interview-date", &date)?;
            settings::set(store, "role", role.as_str())?;
            settings::set(store, "level", level.as_str())?;
            if let Some(h) = hours_per_day {
                settings::set(store, "hours-per-day", &h.to_string())?;
            }
            (json, true)
        }
        PlanCommand::Show { json } => (json, false),
    };
    let cal = plan::calendar(&ctx)?;
    if json {
        print_json(&cal)?;
        return Ok(0);
    }
    if set {
        println!(
            "Plan set. Reviews will come back before the date; `pyprep today` says what to do now.\n"
        );
    }
    println!(
        "{:<12} {:>4} {:>7}  new questions · exercises · mock",
        "day", "min", "reviews"
    );
    for d in &cal {
        let mut parts = Vec::new();
        if !d.new_questions.is_empty() {
            parts.push(
                d.new_questions
                    .iter()
                    .map(|(a, n)| format!("{n} {a}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if !d.exercises.is_empty() {
            parts.push(format!(
                "exercises: {}",
                d.exercises
                    .iter()
                    .map(|(a, n)| format!("{n} {a}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if let Some(m) = &d.mock {
            parts.push(format!("mock: {m}"));
        }
        if let Some(n) = &d.note {
            parts.push(n.clone());
        }
        println!(
            "{:<12} {:>4} {:>7}  {}",
            d.date.format("%a %m-%d").to_string(),
            d.minutes,
            d.reviews,
            parts.join(" · ")
        );
    }
    Ok(0)
}

/// `pyprep today`
#[derive(Debug, clap::Args)]
pub struct TodayArgs {
    #[arg(long)]
    json: bool,
}

pub fn today(a: TodayArgs) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let t = plan::today(&ctx)?;
    if a.json {
        print_json(&t)?;
        return Ok(0);
    }
    match (t.interview_date, t.days_left) {
        (Some(d), Some(n)) if n >= 0 => println!(
            "{}: {n} day(s) to the interview on {d}. About {} min today.\n",
            t.date, t.minutes
        ),
        _ => println!(
            "{}: about {} min today. Set a date with `pyprep plan set --date YYYY-MM-DD --role R --level L`.\n",
            t.date, t.minutes
        ),
    }
    if t.agenda.is_empty() {
        println!("Nothing planned. `pyprep drill` or `pyprep practice` never hurt.");
    }
    for i in &t.agenda {
        match &i.command {
            Some(c) => println!("- {}\n    {c}", i.text),
            None => println!("- {}", i.text),
        }
    }
    Ok(0)
}
