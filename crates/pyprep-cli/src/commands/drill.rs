//! `pyprep drill`: questions one after another, answered in the terminal or in
//! `$EDITOR`, with key-point feedback, the model answer and a rating. Works the same
//! with a terminal or with lines piped on stdin (how the tests drive it).

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::time::Instant;

use pyprep_app::Context;
use pyprep_app::drill::{self, NewCards, ReviewNotes};
use pyprep_core::Rating;

use super::answer::print_feedback;
use super::{QuestionFilter, context};

/// `pyprep drill`
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: QuestionFilter,
    /// New questions per day for this drill (default: `pyprep settings new-per-day`,
    /// 10); those already started today count against it.
    #[arg(long)]
    new: Option<usize>,
    /// Write every answer in $EDITOR instead of the terminal.
    #[arg(long)]
    editor: bool,
    /// Stop after this many questions.
    #[arg(long)]
    limit: Option<usize>,
}

/// What was typed for a prompt.
pub enum Typed {
    /// An answer.
    Answer(String),
    /// `:s`: show the answer without typing one.
    Skip,
    /// `:q`, or input ended before anything was typed.
    Quit,
}

fn flush() {
    let _ = std::io::stdout().flush();
}

/// Reads one line; `None` at end of input.
fn line(input: &mut dyn BufRead) -> anyhow::Result<Option<String>> {
    let mut s = String::new();
    if input.read_line(&mut s)? == 0 {
        return Ok(None);
    }
    Ok(Some(s.trim_end_matches(['\n', '\r']).to_string()))
}

/// Opens `$EDITOR` (or `$VISUAL`, else `vi`) on a file holding the prompt as `#`
/// comments; returns what was written, comments removed.
pub fn edit_answer(prompt: &str) -> anyhow::Result<String> {
    let file = tempfile::Builder::new()
        .prefix("pyprep-answer-")
        .suffix(".md")
        .tempfile()?;
    let mut text = String::new();
    for l in prompt.lines() {
        text.push_str(&format!("# {l}\n"));
    }
    text.push_str("# Write your answer below; lines starting with # are ignored.\n\n");
    std::fs::write(file.path(), text)?;
    super::run_editor(file.path())?;
    let written = std::fs::read_to_string(file.path())?;
    Ok(written
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string())
}

fn read_typed(input: &mut dyn BufRead, prompt: &str, editor: bool) -> anyhow::Result<Typed> {
    if editor {
        return Ok(Typed::Answer(edit_answer(prompt)?));
    }
    println!(
        "Your answer (end with a line holding only \".\"; \":e\" opens $EDITOR, \":s\" shows the answer without typing, \":q\" stops):"
    );
    read_lines(input, prompt, true)
}

/// Reads an answer: lines up to one holding only "." (or the end of input); `:e`
/// writes it in `$EDITOR` instead. With `commands`, a first line `:q` quits and `:s`
/// skips.
pub fn read_lines(input: &mut dyn BufRead, prompt: &str, commands: bool) -> anyhow::Result<Typed> {
    let mut lines: Vec<String> = Vec::new();
    loop {
        flush();
        let Some(l) = line(input)? else {
            return Ok(if lines.is_empty() {
                Typed::Quit
            } else {
                Typed::Answer(lines.join("\n"))
            });
        };
        match l.trim() {
            "." => return Ok(Typed::Answer(lines.join("\n"))),
            ":q" if commands && lines.is_empty() => return Ok(Typed::Quit),
            ":s" if commands && lines.is_empty() => return Ok(Typed::Skip),
            ":e" => return Ok(Typed::Answer(edit_answer(prompt)?)),
            _ => lines.push(l),
        }
    }
}

fn read_rating(input: &mut dyn BufRead, suggested: Rating) -> anyhow::Result<Option<Rating>> {
    loop {
        print!("Rate your recall: [a]gain [h]ard [g]ood [e]asy (Enter = {suggested}, q = stop): ");
        flush();
        let Some(l) = line(input)? else {
            return Ok(None);
        };
        let choice = match l.trim().to_lowercase().as_str() {
            "" => Some(suggested),
            "a" | "again" | "1" => Some(Rating::Again),
            "h" | "hard" | "2" => Some(Rating::Hard),
            "g" | "good" | "3" => Some(Rating::Good),
            "e" | "easy" | "4" => Some(Rating::Easy),
            "q" | ":q" | "quit" => return Ok(None),
            other => {
                println!("{other:?} is not a rating; type a, h, g or e.");
                None
            }
        };
        if choice.is_some() {
            return Ok(choice);
        }
    }
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let filter = a.filter.to_filter()?;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    session(&ctx, &filter, a.new, a.limit, a.editor, &mut input)
}

fn session(
    ctx: &Context,
    filter: &pyprep_app::catalog::Filter,
    new: Option<usize>,
    limit: Option<usize>,
    editor: bool,
    input: &mut dyn BufRead,
) -> anyhow::Result<u8> {
    let started = Instant::now();
    let per_day = NewCards {
        per_day: new,
        at_most: None,
    };
    let (first, due) = drill::queue(ctx, filter, per_day)?;
    let new_cap = first.iter().filter(|e| e.new).count();
    if first.is_empty() && due.soon.is_empty() {
        println!("Nothing to drill now.");
        if let Some(next) = due.next_due {
            println!("The next review is due {}.", ctx.clock().until(next));
        }
        if due.unseen > 0 && due.new_available == 0 {
            println!(
                "Today's {} new questions are done; `pyprep drill --new {}` takes five more, `pyprep settings new-per-day N` changes the allowance.",
                due.new_today,
                due.new_today + 5
            );
        }
        return Ok(0);
    }
    println!(
        "{} due, {} new. Answer from memory before looking: that is what makes it stick.\n",
        due.due.len(),
        new_cap
    );
    let mut counts: BTreeMap<Rating, usize> = BTreeMap::new();
    let mut new_done = 0;
    let mut last: Option<String> = None;
    let mut done = 0;
    loop {
        if limit.is_some_and(|l| done >= l) {
            break;
        }
        // Re-plan after every review: same-day steps come back when due.
        ctx.refresh_clock()?;
        let (queue, soon) = {
            let (q, d) = drill::queue(
                ctx,
                filter,
                NewCards {
                    per_day: new,
                    at_most: Some(new_cap - new_done),
                },
            )?;
            (q, d.soon)
        };
        // Steps coming due within minutes are shown early once nothing else is left,
        // but never the card just answered straight again.
        let early = soon.iter().find(|e| last.as_deref() != Some(e.id.as_str()));
        let Some(entry) = queue.first().or(early).cloned() else {
            break;
        };
        last = Some(entry.id.clone());
        let q = drill::question(ctx, &entry.id)?;
        let m = &q.meta;
        let tag = if entry.new { "new" } else { "review" };
        println!(
            "── {} · {} · {} · {} · {tag}",
            m.id, m.kind, m.area, m.level
        );
        println!("{}\n", m.prompt);
        let shown = Instant::now();
        let typed = read_typed(input, &m.prompt, editor)?;
        let (coverage, suggested) = match &typed {
            Typed::Quit => break,
            Typed::Skip => (None, Rating::Again),
            Typed::Answer(text) => {
                let f = drill::assess(ctx, m.id.as_str(), text)?;
                println!();
                print_feedback(&f);
                (Some(f.coverage), f.suggested_rating)
            }
        };
        println!("\nModel answer:\n\n{}\n", q.answer.trim());
        if matches!(typed, Typed::Skip) {
            println!("(No answer typed: rate how well you would have recalled it.)");
        }
        let Some(rating) = read_rating(input, suggested)? else {
            break;
        };
        ctx.refresh_clock()?;
        let rec = drill::review(
            ctx,
            m.id.as_str(),
            rating,
            ReviewNotes {
                duration_ms: Some(shown.elapsed().as_millis() as u64),
                coverage,
                source: "drill".into(),
            },
        )?;
        println!(
            "Recorded {rating}; back {}.\n",
            ctx.clock().until(rec.card.due)
        );
        *counts.entry(rating).or_default() += 1;
        if entry.new {
            new_done += 1;
        }
        done += 1;
    }
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    let by: Vec<String> = Rating::ALL
        .iter()
        .map(|r| format!("{r} {}", counts.get(r).copied().unwrap_or(0)))
        .collect();
    println!(
        "Session: {done} reviewed ({new_done} new) in {minutes:.1} min — {}.",
        by.join(", ")
    );
    ctx.refresh_clock()?;
    let (_, after) = drill::queue(
        ctx,
        filter,
        NewCards {
            per_day: new,
            at_most: Some(0),
        },
    )?;
    if !after.due.is_empty() {
        println!("{} still due: `pyprep drill` continues.", after.due.len());
    } else if let Some(next) = after.next_due {
        println!("Next review due {}.", ctx.clock().until(next));
    }
    if let Some(o) = drill::fit(ctx, false)? {
        if o.adopted {
            println!(
                "Scheduling fitted to your {} reviews (log loss {:.3} -> {:.3}); adopted.",
                o.reviews, o.current_loss, o.fitted_loss
            );
        } else {
            println!(
                "Tried fitting scheduling to your {} reviews; the current parameters still predict better.",
                o.reviews
            );
        }
    }
    Ok(0)
}
