use std::path::PathBuf;

use pyprep_app::transfer;

use super::{context, print_json};

/// `pyprep import-data FILE`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A file written by `pyprep export`.
    file: PathBuf,
    /// Take the file's settings over the ones here.
    #[arg(long)]
    replace_settings: bool,
    /// Print what was added as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let n = transfer::import(&ctx, &a.file, a.replace_settings)?;
    if a.json {
        print_json(&n)?;
    } else {
        println!(
            "Imported {} reviews, {} cards, {} attempts, {} exercises' progress, {} settings (already present ones skipped).",
            n.reviews, n.cards, n.attempts, n.progress, n.settings
        );
    }
    Ok(0)
}
