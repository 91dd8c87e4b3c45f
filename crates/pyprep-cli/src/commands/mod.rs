//! One module per command; each parses its flags, calls `pyprep-app` and prints.

pub mod areas;
pub mod check;
pub mod import;
pub mod judge;
pub mod list;
pub mod search;
pub mod setup;
pub mod show;

use pyprep_app::Context;

/// The context every command works in.
pub fn context(require_sandbox: bool) -> anyhow::Result<Context> {
    let exe = std::env::current_exe()
        .map_err(|e| anyhow::anyhow!("cannot find the pyprep binary: {e}"))?;
    Ok(Context::new(pyprep_app::data_home(), exe, require_sandbox))
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
