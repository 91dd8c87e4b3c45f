use std::path::PathBuf;

use pyprep_app::transfer;

use super::{context, print_json};

/// `pyprep export`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The export is JSON either way; with --output, also print a JSON summary.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let doc = transfer::export(&ctx)?;
    let Some(path) = a.output else {
        print_json(&doc)?;
        return Ok(0);
    };
    let text = serde_json::to_string_pretty(&doc)?;
    // Write beside the target, then rename: an interrupted export never leaves half a file.
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, &path))
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    let d = &doc.data;
    if a.json {
        print_json(&serde_json::json!({
            "file": path,
            "reviews": d.reviews.len(),
            "cards": d.cards.len(),
            "attempts": d.attempts.len(),
            "progress": d.progress.len(),
            "settings": d.settings.len(),
        }))?;
    } else {
        println!(
            "Wrote {}: {} reviews, {} cards, {} attempts, {} exercises' progress, {} settings.\nOn the other machine: `pyprep import-data {}`.",
            path.display(),
            d.reviews.len(),
            d.cards.len(),
            d.attempts.len(),
            d.progress.len(),
            d.settings.len(),
            path.display()
        );
    }
    Ok(0)
}
