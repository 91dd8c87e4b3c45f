use std::path::PathBuf;

use super::print_json;

/// `pyprep import exercism SRC --into DIR`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// An Exercism practice exercise folder, or a folder of them (e.g. exercises/practice).
    src: PathBuf,
    /// Where to write the pyprep exercise folders.
    #[arg(long)]
    into: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    // Grading the stubs needs Python; without it the import still works.
    let ctx = super::context(false)?;
    let judge = ctx.judge().ok();
    let summary = pyprep_app::import_exercism(&a.src, &a.into, judge)?;
    if a.json {
        print_json(&summary)?;
    } else {
        println!(
            "imported {} exercise(s) into {}",
            summary.imported.len(),
            a.into.display()
        );
        for (name, why) in &summary.skipped {
            println!("skipped {name}: {why}");
        }
        if !summary.starter_passes.is_empty() {
            println!(
                "refactoring exercises (their stub already passes): {}",
                summary.starter_passes.join(", ")
            );
        }
        if !summary.imported.is_empty() {
            println!("next: pyprep dev check {}", a.into.display());
        }
    }
    Ok(if summary.imported.is_empty() {
        crate::EXIT_USAGE
    } else {
        0
    })
}
