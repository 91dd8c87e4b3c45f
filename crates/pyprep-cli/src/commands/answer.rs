use std::io::Read;
use std::path::PathBuf;

use pyprep_app::drill;
use pyprep_coach::feedback::Feedback;

use super::{context, print_json};

/// `pyprep answer ID --text T | --file F`
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["text", "file"])))]
pub struct Args {
    /// Question id.
    id: String,
    /// The answer text.
    #[arg(long)]
    text: Option<String>,
    /// A file holding the answer (`-` for stdin).
    #[arg(long)]
    file: Option<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

/// Reads `--text` or `--file` (`-` is stdin).
pub fn read_answer(text: Option<String>, file: Option<PathBuf>) -> anyhow::Result<String> {
    if let Some(t) = text {
        return Ok(t);
    }
    let Some(path) = file else {
        anyhow::bail!("give the answer with --text or --file");
    };
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        return Ok(s);
    }
    std::fs::read_to_string(&path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))
}

/// Prints which key points an answer covered.
pub fn print_feedback(f: &Feedback) {
    let covered = f.points.iter().filter(|p| p.covered).count();
    println!("Key points covered: {covered}/{}", f.points.len());
    for p in &f.points {
        let mark = if p.covered { "✓" } else { "✗" };
        println!("  {mark} {}", p.text);
    }
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let q = drill::question(&ctx, &a.id)?;
    let answer = read_answer(a.text, a.file)?;
    let f = drill::assess(&ctx, &a.id, &answer)?;
    if a.json {
        print_json(&serde_json::json!({
            "id": a.id,
            "covered": f.covered(),
            "missed": f.missed(),
            "coverage": f.coverage,
            "suggested_rating": f.suggested_rating,
            "points": f.points,
            "model_answer": q.answer.trim(),
        }))?;
        return Ok(0);
    }
    print_feedback(&f);
    println!("\nModel answer:\n\n{}\n", q.answer.trim());
    println!(
        "Suggested rating: {}. Record it (or your own) with `pyprep review {} {}`.",
        f.suggested_rating, a.id, f.suggested_rating
    );
    Ok(0)
}
