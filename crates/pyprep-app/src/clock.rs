//! "Now": `PYPREP_NOW` when set (tests, scripts), else the system clock; and the
//! UTC offset that decides where the user's days begin.

use chrono::{DateTime, FixedOffset, Local, Utc};
use pyprep_store::Timestamp;

use crate::AppError;

/// The current time and the user's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Now.
    pub now: Timestamp,
    /// The user's UTC offset.
    pub offset: FixedOffset,
}

impl Clock {
    /// The system clock and local offset.
    pub fn system() -> Clock {
        let local = Local::now();
        Clock {
            now: local.with_timezone(&Utc),
            offset: *local.offset(),
        }
    }

    /// A fixed time; its own offset gives the day boundaries.
    pub fn parse(text: &str) -> Result<Clock, AppError> {
        let t = DateTime::parse_from_rfc3339(text.trim()).map_err(|e| {
            AppError::Input(format!(
                "PYPREP_NOW={text:?} is not an RFC 3339 time ({e}); use e.g. 2026-11-22T09:00:00Z"
            ))
        })?;
        Ok(Clock {
            now: t.with_timezone(&Utc),
            offset: *t.offset(),
        })
    }

    /// `PYPREP_NOW` when set and not empty, else the system clock.
    pub fn from_env() -> Result<Clock, AppError> {
        match std::env::var("PYPREP_NOW") {
            Ok(v) if !v.trim().is_empty() => Clock::parse(&v),
            _ => Ok(Clock::system()),
        }
    }

    /// A time as RFC 3339 in the user's offset.
    pub fn show(&self, t: Timestamp) -> String {
        t.with_timezone(&self.offset)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    /// A short human form of the wait until `t` ("now", "in 10 min", "in 3 days").
    pub fn until(&self, t: Timestamp) -> String {
        let secs = (t - self.now).num_seconds();
        if secs <= 0 {
            "now".into()
        } else if secs < 3600 {
            format!("in {} min", (secs + 59) / 60)
        } else if secs < 86_400 {
            format!("in {} h", (secs + 1800) / 3600)
        } else {
            let days = (secs + 43_200) / 86_400;
            format!("in {days} day{}", if days == 1 { "" } else { "s" })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_and_keeps_the_offset() {
        let c = Clock::parse("2026-11-22T09:30:00+02:00").unwrap();
        assert_eq!(c.now.to_rfc3339(), "2026-11-22T07:30:00+00:00");
        assert_eq!(c.show(c.now), "2026-11-22T09:30:00+02:00");
        assert!(
            Clock::parse("tomorrow")
                .unwrap_err()
                .to_string()
                .contains("RFC 3339")
        );
    }

    #[test]
    fn waits_read_naturally() {
        let c = Clock::parse("2026-11-22T09:00:00Z").unwrap();
        assert_eq!(c.until(c.now), "now");
        assert_eq!(c.until(c.now + chrono::Duration::minutes(10)), "in 10 min");
        assert_eq!(c.until(c.now + chrono::Duration::days(3)), "in 3 days");
    }
}
