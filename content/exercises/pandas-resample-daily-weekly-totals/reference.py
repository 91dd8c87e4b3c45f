# Time O(n log n + p) for n events over p periods (resample sorts the index, then
# bins it), space O(n + p).
import pandas as pd

RULES = {
    "day": {"rule": "D"},
    # Weeks anchored on Monday, closed and labelled on the left: [Mon, next Mon).
    "week": {"rule": "W-MON", "closed": "left", "label": "left"},
}


def period_totals(events: list[list], freq: str) -> pd.Series:
    """Return per-day or per-week (Monday-labelled) totals with every period present."""
    if not events:
        return pd.Series([], dtype=float)
    stamps = pd.to_datetime([ts for ts, _ in events], format="%Y-%m-%d %H:%M:%S")
    amounts = pd.Series([amount for _, amount in events], index=stamps, dtype=float)
    options = RULES[freq]
    totals = amounts.resample(options["rule"], closed=options.get("closed"), label=options.get("label")).sum()
    totals.index = totals.index.strftime("%Y-%m-%d")
    return totals
