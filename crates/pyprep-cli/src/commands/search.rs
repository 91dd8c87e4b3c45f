use pyprep_app::catalog;
use serde_json::{Value, json};

use super::{context, print_json};

/// `pyprep search TEXT`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to look for (in prompts, titles, topics, answers and statements).
    #[arg(required = true, num_args = 1..)]
    text: Vec<String>,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print a JSON array (each item with a `score`), best first.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let query = a.text.join(" ");
    let found: Vec<Value> = pyprep_bank::search(ctx.bank(), &query)
        .into_iter()
        .take(a.limit)
        .map(|(score, item)| {
            let mut v = catalog::summary(item);
            v["score"] = json!(score);
            v
        })
        .collect();
    if a.json {
        print_json(&found)?;
    } else if found.is_empty() {
        eprintln!("nothing matches {query:?}; try fewer or other words, or `pyprep list`");
    } else {
        super::list::print_table(&found, true);
    }
    Ok(0)
}
