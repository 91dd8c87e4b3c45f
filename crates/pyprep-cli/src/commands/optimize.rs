use pyprep_app::drill;
use pyprep_coach::schedule::MIN_REVIEWS_TO_OPTIMIZE;

use super::{context, print_json};

/// `pyprep optimize`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let reviews = ctx.store()?.reviews()?.len();
    let fitted = drill::fit(&ctx, true)?;
    if a.json {
        print_json(&serde_json::json!({
            "reviews": reviews,
            "minimum": MIN_REVIEWS_TO_OPTIMIZE,
            "fitted": fitted,
        }))?;
        return Ok(0);
    }
    match fitted {
        None => println!(
            "Not enough history yet: fitting needs {MIN_REVIEWS_TO_OPTIMIZE} reviews spread over days (you have {reviews}). The defaults serve well until then."
        ),
        Some(o) if o.adopted => println!(
            "Fitted to {} reviews: log loss {:.4} (defaults) -> {:.4}. Adopted; intervals now follow your memory.",
            o.reviews, o.current_loss, o.fitted_loss
        ),
        Some(o) => println!(
            "Fitted to {} reviews: log loss {:.4} now vs {:.4} fitted. Kept the current parameters: they predict your reviews better.",
            o.reviews, o.current_loss, o.fitted_loss
        ),
    }
    Ok(0)
}
