use pyprep_app::catalog::{self, Filter};
use pyprep_core::{Area, Kind, Level, Role};
use serde_json::Value;

use super::{context, print_json};

/// `pyprep list`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// theory, design, behavioral or exercise.
    #[arg(long)]
    kind: Option<Kind>,
    /// Only this area (see `pyprep areas`).
    #[arg(long)]
    area: Option<Area>,
    /// Only questions of this level: junior, mid, senior.
    #[arg(long)]
    level: Option<Level>,
    /// Only items for this role: backend, data, ml, general.
    #[arg(long)]
    role: Option<Role>,
    /// Only items with this topic.
    #[arg(long)]
    topic: Option<String>,
    /// Only exercises of this difficulty: easy, medium, hard.
    #[arg(long)]
    difficulty: Option<pyprep_core::Difficulty>,
    /// Print a JSON array.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let filter = Filter {
        kind: a.kind,
        area: a.area,
        level: a.level,
        role: a.role,
        topic: a.topic,
        difficulty: a.difficulty,
    };
    let items: Vec<Value> = catalog::list(ctx.bank(), &filter)
        .into_iter()
        .map(catalog::summary)
        .collect();
    if a.json {
        print_json(&items)?;
    } else {
        print_table(&items, false);
        eprintln!("{} item(s); `pyprep show ID` for one", items.len());
    }
    Ok(0)
}

/// One line per item: id, kind, area, level or difficulty, prompt or title.
pub fn print_table(items: &[Value], with_score: bool) {
    for it in items {
        let text = it
            .get("title")
            .or_else(|| it.get("prompt"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let level = it
            .get("level")
            .or_else(|| it.get("difficulty"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let score = if with_score {
            format!("{:>6.1} ", it["score"].as_f64().unwrap_or(0.0))
        } else {
            String::new()
        };
        println!(
            "{score}{:<44} {:<10} {:<15} {:<7} {}",
            it["id"].as_str().unwrap_or(""),
            it["kind"].as_str().unwrap_or(""),
            it["area"].as_str().unwrap_or(""),
            level,
            text
        );
    }
}
