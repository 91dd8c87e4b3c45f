use pyprep_core::{Area, Kind, Level, Role};
use serde_json::{Value, json};

use super::{context, print_json};

/// `pyprep list`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// theory, design, behavioral or exercise.
    #[arg(long)]
    kind: Option<Kind>,
    /// Only this area.
    #[arg(long)]
    area: Option<Area>,
    /// Only questions of this level.
    #[arg(long)]
    level: Option<Level>,
    /// Only items for this role.
    #[arg(long)]
    role: Option<Role>,
    /// Only items with this topic.
    #[arg(long)]
    topic: Option<String>,
    /// Print a JSON array.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let bank = ctx.bank();
    let mut items: Vec<Value> = Vec::new();
    for q in &bank.questions {
        let m = &q.meta;
        if a.kind.is_some_and(|k| k != m.kind)
            || a.area.is_some_and(|x| x != m.area)
            || a.level.is_some_and(|l| l != m.level)
            || a.role.is_some_and(|r| !m.roles.contains(&r))
            || a.topic.as_ref().is_some_and(|t| !m.topics.contains(t))
        {
            continue;
        }
        items.push(json!({"id": m.id, "kind": m.kind, "prompt": m.prompt, "area": m.area, "topics": m.topics, "level": m.level, "roles": m.roles}));
    }
    for e in &bank.exercises {
        let m = &e.meta;
        if a.kind.is_some_and(|k| k != Kind::Exercise)
            || a.area.is_some_and(|x| x != m.area)
            || a.level.is_some()
            || a.topic.as_ref().is_some_and(|t| !m.topics.contains(t))
        {
            continue;
        }
        items.push(json!({"id": m.id, "kind": "exercise", "title": m.title, "area": m.area, "topics": m.topics, "difficulty": m.difficulty, "grading": m.grading, "requires": m.requires}));
    }
    if a.json {
        print_json(&items)?;
    } else {
        for it in &items {
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
            println!(
                "{:<40} {:<10} {:<16} {:<7} {}",
                it["id"].as_str().unwrap_or(""),
                it["kind"].as_str().unwrap_or(""),
                it["area"].as_str().unwrap_or(""),
                level,
                text
            );
        }
        eprintln!("{} item(s)", items.len());
    }
    Ok(0)
}
