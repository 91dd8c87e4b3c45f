//! One module per command; each parses its flags, calls `pyprep-app` and prints.

pub mod answer;
pub mod apply;
pub mod areas;
pub mod chart;
pub mod check;
pub mod drill;
pub mod due;
pub mod export;
pub mod import;
pub mod import_data;
pub mod judge;
pub mod list;
pub mod mock;
pub mod optimize;
pub mod plan;
pub mod practice;
pub mod review;
pub mod search;
pub mod settings;
pub mod setup;
pub mod show;
pub mod stats;
pub mod submit;

/// Filters shared by the drill commands.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct QuestionFilter {
    /// Only this area (see `pyprep areas`).
    #[arg(long)]
    pub area: Option<pyprep_core::Area>,
    /// Only this kind: theory, design or behavioral.
    #[arg(long)]
    pub kind: Option<pyprep_core::Kind>,
    /// Only this level: junior, mid or senior.
    #[arg(long)]
    pub level: Option<pyprep_core::Level>,
    /// Only questions for this role: backend, data, ml or general.
    #[arg(long)]
    pub role: Option<pyprep_core::Role>,
    /// Only questions with this topic.
    #[arg(long)]
    pub topic: Option<String>,
}

impl QuestionFilter {
    /// As the catalog's filter.
    pub fn to_filter(&self) -> anyhow::Result<pyprep_app::catalog::Filter> {
        if self.kind == Some(pyprep_core::Kind::Exercise) {
            anyhow::bail!("drills are for questions; practise exercises with `pyprep practice`");
        }
        Ok(pyprep_app::catalog::Filter {
            kind: self.kind,
            area: self.area,
            level: self.level,
            role: self.role,
            topic: self.topic.clone(),
            difficulty: None,
        })
    }
}

use pyprep_app::Context;
use pyprep_app::clock::Clock;
use pyprep_store::Store;
use pyprep_store_sqlite::SqliteStore;

/// The database file in a data folder.
pub const DATABASE: &str = "pyprep.db";

/// The context every command works in: the data folder, the clock (PYPREP_NOW) and
/// the SQLite store, opened on first use.
pub fn context(require_sandbox: bool) -> anyhow::Result<Context> {
    let exe = std::env::current_exe()
        .map_err(|e| anyhow::anyhow!("cannot find the pyprep binary: {e}"))?;
    let clock = Clock::from_env()?;
    Ok(Context::new(pyprep_app::data_home(), exe, require_sandbox)
        .with_clock(clock)
        .with_store(Box::new(|home| {
            SqliteStore::open(&home.join(DATABASE)).map(|s| Box::new(s) as Box<dyn Store>)
        })))
}

/// Runs `$VISUAL` (else `$EDITOR`, else `vi`) on `file` in the foreground, words of
/// the variable as its arguments.
pub fn run_editor(file: &std::path::Path) -> anyhow::Result<()> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let mut parts = editor.split_whitespace();
    let status = std::process::Command::new(parts.next().unwrap_or("vi"))
        .args(parts)
        .arg(file)
        .status()
        .map_err(|e| {
            anyhow::anyhow!("cannot start the editor {editor:?}: {e}; set EDITOR or VISUAL")
        })?;
    if !status.success() {
        anyhow::bail!("the editor {editor:?} exited with {status}");
    }
    Ok(())
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
