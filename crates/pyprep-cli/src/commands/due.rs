use pyprep_app::drill;

use super::{QuestionFilter, context, print_json};

/// `pyprep due`
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: QuestionFilter,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let (_, due) = drill::queue(&ctx, &a.filter.to_filter()?, drill::NewCards::default())?;
    let bank = ctx.bank();
    let prompt = |id: &str| {
        bank.question(id)
            .map(|q| q.meta.prompt.clone())
            .unwrap_or_default()
    };
    if a.json {
        let entry = |e: &pyprep_coach::pick::QueueEntry| {
            serde_json::json!({
                "id": e.id,
                "due": e.due.map(|d| ctx.clock().show(d)),
                "prompt": prompt(&e.id),
            })
        };
        print_json(&serde_json::json!({
            "due": due.due.iter().map(entry).collect::<Vec<_>>(),
            "new_available": due.new_available,
            "new_today": due.new_today,
            "unseen": due.unseen,
            "soon": due.soon.iter().map(entry).collect::<Vec<_>>(),
            "next_due": due.next_due.map(|d| ctx.clock().show(d)),
        }))?;
        return Ok(0);
    }
    if due.due.is_empty() {
        println!("Nothing due now.");
    } else {
        println!("{} due now:", due.due.len());
        for e in &due.due {
            println!("  {:<40} {}", e.id, prompt(&e.id));
        }
    }
    if !due.soon.is_empty() {
        println!(
            "{} in a learning step, back within minutes.",
            due.soon.len()
        );
    }
    println!(
        "{} new question(s) available today ({} started today, {} never seen).",
        due.new_available, due.new_today, due.unseen
    );
    if let Some(next) = due.next_due {
        println!("Next review due {}.", ctx.clock().until(next));
    }
    if !due.due.is_empty() || due.new_available > 0 {
        println!("Start with `pyprep drill`.");
    }
    Ok(0)
}
