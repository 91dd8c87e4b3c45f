//! Progress as `pyprep stats` shows it.

use pyprep_coach::progress::{self, Inputs, Stats};

use crate::drill::{items, scheduler};
use crate::settings::Settings;
use crate::{AppError, Context};

/// The user's statistics now.
pub fn compute(ctx: &Context) -> Result<Stats, AppError> {
    let store = ctx.store()?;
    let settings = Settings::load(store)?;
    let sched = scheduler(ctx)?;
    let all = items(ctx);
    let cards = store.cards()?;
    let reviews = store.reviews()?;
    let attempts = store.attempts(None)?;
    let progress = store.all_progress()?;
    Ok(progress::compute(
        &sched,
        Inputs {
            items: &all,
            cards: &cards,
            reviews: &reviews,
            attempts: &attempts,
            progress: &progress,
            role: settings.role,
            now: ctx.clock().now,
            offset: ctx.clock().offset,
        },
    ))
}
