import pandas as pd


def period_totals(events: list[list], freq: str) -> pd.Series:
    """Return per-day or per-week (Monday-labelled) totals with every period present."""
    raise NotImplementedError
