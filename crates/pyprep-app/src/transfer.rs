//! Moving a user's data between machines: one JSON file out, the same file in.

use std::path::Path;

use pyprep_store::{ImportCounts, Snapshot, Timestamp};
use serde::{Deserialize, Serialize};

use crate::{AppError, Context};

/// The `format` field of an export.
pub const FORMAT: &str = "pyprep-export";
/// The newest export version this binary reads and the one it writes.
pub const VERSION: u32 = 1;

/// An export file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Export {
    /// Always [`FORMAT`].
    pub format: String,
    /// Export version.
    pub version: u32,
    /// When it was written.
    pub exported_at: Timestamp,
    /// Everything.
    #[serde(flatten)]
    pub data: Snapshot,
}

/// All of the user's data.
pub fn export(ctx: &Context) -> Result<Export, AppError> {
    Ok(Export {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: ctx.clock().now,
        data: ctx.store()?.snapshot()?,
    })
}

/// Reads an export file and merges it into the store (one transaction: on any error
/// nothing is imported).
pub fn import(
    ctx: &Context,
    path: &Path,
    replace_settings: bool,
) -> Result<ImportCounts, AppError> {
    let text = std::fs::read_to_string(path).map_err(|source| AppError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        AppError::Input(format!(
            "{}:{}:{}: not JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(AppError::Input(format!(
            "{} is not a pyprep export (no \"format\": \"{FORMAT}\"); make one with `pyprep export --output FILE`",
            path.display()
        )));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(AppError::Input(format!(
            "{} is export version {version}, newer than this pyprep reads ({VERSION}); upgrade pyprep",
            path.display()
        )));
    }
    let doc: Export = serde_json::from_value(value)
        .map_err(|e| AppError::Input(format!("{}: damaged export: {e}", path.display())))?;
    Ok(ctx.store()?.import(&doc.data, replace_settings)?)
}
