use super::{context, print_json};

/// `pyprep setup python`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to set up (only `python` for now).
    #[arg(value_parser = ["python"])]
    what: String,
    /// The Python used to create the environment.
    #[arg(long, default_value = "python3")]
    python: String,
    /// Packages to install instead of the ones the bank requires (none: just the environment).
    #[arg(long, num_args = 0..)]
    packages: Option<Vec<String>>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let packages = a
        .packages
        .unwrap_or_else(|| pyprep_app::required_packages(ctx.bank()));
    let quiet = a.json;
    let summary = pyprep_app::setup_python(&ctx.home, &a.python, &packages, &mut |line| {
        if !quiet {
            eprintln!("{line}");
        }
    })?;
    if a.json {
        print_json(&summary)?;
    } else {
        println!(
            "ready: {} ({} package(s): {})",
            summary.python,
            summary.packages.len(),
            summary.packages.join(", ")
        );
        println!("the judge now uses this interpreter unless PYPREP_PYTHON is set");
    }
    Ok(0)
}
