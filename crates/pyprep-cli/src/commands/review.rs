use pyprep_app::drill::{self, ReviewNotes};
use pyprep_core::Rating;

use super::{context, print_json};

/// `pyprep review ID RATING`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Question id.
    id: String,
    /// again, hard, good or easy.
    rating: Rating,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let rec = drill::review(
        &ctx,
        &a.id,
        a.rating,
        ReviewNotes {
            source: "review".into(),
            ..ReviewNotes::default()
        },
    )?;
    if a.json {
        print_json(&serde_json::json!({
            "id": a.id,
            "rating": a.rating,
            "next_due": ctx.clock().show(rec.card.due),
            "state": rec.card.state,
            "interval_days": (rec.review.scheduled_days * 1000.0).round() / 1000.0,
            "stability": rec.card.stability,
            "difficulty": rec.card.difficulty,
            "reps": rec.card.reps,
            "lapses": rec.card.lapses,
        }))?;
    } else {
        println!(
            "{}: {}; next due {} ({}).",
            a.id,
            a.rating,
            ctx.clock().show(rec.card.due),
            ctx.clock().until(rec.card.due)
        );
    }
    Ok(0)
}
