import pandas as pd


def sessionize(events: list[list[str]], gap_minutes: int = 30) -> pd.DataFrame:
    """Group each user's events into sessions separated by more than gap_minutes of inactivity."""
    raise NotImplementedError
