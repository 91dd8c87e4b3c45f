use pyprep_app::catalog;
use pyprep_bank::Item;

use super::{context, print_json};

/// `pyprep show ID`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A question or exercise id.
    id: String,
    /// Also show the model answer and key points (questions).
    #[arg(long)]
    answer: bool,
    /// Also show the reference solution (exercises).
    #[arg(long)]
    reveal: bool,
    /// Print one JSON object with every field (the answer always included).
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let item = catalog::find(ctx.bank(), &a.id)?;
    // Seeing the reference before solving is a give-up, and is recorded.
    let gave_up = match item {
        Item::Exercise(e) if a.reveal => pyprep_app::practice::reveal(&ctx, e, true)?.gave_up,
        _ => false,
    };
    if a.json {
        print_json(&catalog::detail(item, a.reveal))?;
        return Ok(0);
    }
    match item {
        Item::Question(q) => {
            let m = &q.meta;
            let roles: Vec<&str> = m.roles.iter().map(|r| r.as_str()).collect();
            println!(
                "{}  [{} · {} · {} · {}]\n",
                m.id,
                m.kind,
                m.area,
                m.level,
                roles.join(", ")
            );
            println!("{}\n", m.prompt);
            if !a.answer {
                println!(
                    "(answer it yourself first; then `pyprep show {} --answer`)",
                    m.id
                );
                return Ok(0);
            }
            println!("{}\n", q.answer.trim());
            println!("Key points:");
            for kp in &m.key_points {
                println!("  - {}", kp.text);
            }
            if !m.rubric.is_empty() {
                println!("\nRubric:");
                for r in &m.rubric {
                    println!("  {}: {}", r.dimension, r.expect);
                }
            }
            if !m.listens_for.is_empty() {
                println!("\nThe interviewer listens for:");
                for l in &m.listens_for {
                    println!("  - {l}");
                }
            }
            if let Some(s) = &m.star {
                println!(
                    "\nSTAR outline:\n  Situation: {}\n  Task: {}\n  Action: {}\n  Result: {}",
                    s.situation, s.task, s.action, s.result
                );
            }
            if !m.pitfalls.is_empty() {
                println!("\nPitfalls:");
                for p in &m.pitfalls {
                    println!("  - {p}");
                }
            }
            if !m.follow_ups.is_empty() {
                println!("\nFollow-ups:");
                for f in &m.follow_ups {
                    println!("  - {f}");
                }
            }
        }
        Item::Exercise(e) => {
            let m = &e.meta;
            println!(
                "{}  [exercise · {} · {} · {}]\n",
                m.id, m.area, m.difficulty, m.grading
            );
            println!("{}\n", e.statement.trim());
            println!(
                "{} hint(s): shown one at a time while practising.",
                m.hints.len()
            );
            if a.reveal {
                if gave_up {
                    println!("\n(Not solved yet: recorded as a give-up.)");
                }
                println!("\nReference solution:\n\n{}", e.reference.trim_end());
            } else {
                println!("Grade a solution: pyprep judge {} your_file.py", m.id);
            }
        }
    }
    Ok(0)
}
