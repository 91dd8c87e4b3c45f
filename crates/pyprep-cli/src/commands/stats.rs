use pyprep_app::stats;
use pyprep_coach::progress::Stats;

use super::chart::{bar, sparkline};
use super::{context, print_json};

/// `pyprep stats`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let st = stats::compute(&ctx)?;
    if a.json {
        print_json(&st)?;
    } else {
        print!("{}", render(&st));
    }
    Ok(0)
}

/// The statistics as text with small charts.
pub fn render(st: &Stats) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "Readiness  {}  {}/100\n\n",
        bar(f64::from(st.readiness), 100.0, 30),
        st.readiness
    ));
    o.push_str(&format!(
        "{:<16} {:<20} {:>5}  {:>9}  {:>6}  {:>9}\n",
        "area", "", "score", "questions", "recall", "exercises"
    ));
    for (area, s) in &st.areas {
        let questions = if s.questions > 0 {
            format!("{}/{}", s.seen, s.questions)
        } else {
            "-".into()
        };
        let recall = if s.seen > 0 {
            format!("{:.0}%", s.recall * 100.0)
        } else {
            "-".into()
        };
        let exercises = if s.exercises > 0 {
            format!("{}/{}", s.accepted, s.exercises)
        } else {
            "-".into()
        };
        let due = if s.due > 0 {
            format!("  {} due", s.due)
        } else {
            String::new()
        };
        o.push_str(&format!(
            "{:<16} {} {:>5}  {:>9}  {:>6}  {:>9}{due}\n",
            area.as_str(),
            bar(f64::from(s.score), 100.0, 20),
            s.score,
            questions,
            recall,
            exercises
        ));
    }
    let reviews: Vec<usize> = st.days.iter().map(|d| d.reviews).collect();
    let subs: Vec<usize> = st.days.iter().map(|d| d.submissions).collect();
    let first = st
        .days
        .first()
        .map(|d| d.date.to_string())
        .unwrap_or_default();
    o.push_str(&format!(
        "\nLast 28 days (from {first})\n  reviews      {}  {} in all\n  submissions  {}  {} in all\n",
        sparkline(&reviews),
        reviews.iter().sum::<usize>(),
        sparkline(&subs),
        subs.iter().sum::<usize>()
    ));
    o.push_str(&format!(
        "  streak {} day{}, {} review{} ever, {} due now\n",
        st.streak,
        if st.streak == 1 { "" } else { "s" },
        st.reviews,
        if st.reviews == 1 { "" } else { "s" },
        st.due_now
    ));
    o.push_str("\nExercises accepted\n");
    for (d, c) in &st.exercises {
        o.push_str(&format!(
            "  {:<7} {} {:>3}/{:<3} ({} attempted)\n",
            d.as_str(),
            bar(c.accepted as f64, c.total as f64, 20),
            c.accepted,
            c.total,
            c.attempted
        ));
    }
    if !st.raise.is_empty() {
        o.push_str("\nWhat would raise readiness most\n");
        for s in &st.raise {
            o.push_str(&format!("  +{:<5.1} {}\n", s.points, s.action));
        }
    }
    o
}
