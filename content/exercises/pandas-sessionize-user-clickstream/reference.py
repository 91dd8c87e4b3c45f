# Time O(n log n) for the sort; the gap, flag, cumsum and aggregation steps are
# O(n) vectorised passes. Space O(n).
import pandas as pd

COLUMNS = ["user", "session", "start", "end", "events", "duration_min"]
FMT = "%Y-%m-%d %H:%M:%S"


def sessionize(events: list[list[str]], gap_minutes: int = 30) -> pd.DataFrame:
    """Group each user's events into sessions separated by more than gap_minutes of inactivity."""
    if not events:
        return pd.DataFrame(columns=COLUMNS)
    df = pd.DataFrame(events, columns=["user", "timestamp"])
    df["time"] = pd.to_datetime(df["timestamp"], format=FMT)
    df = df.sort_values(["user", "time"], kind="stable").reset_index(drop=True)

    gap = df.groupby("user")["time"].diff()  # NaT at each user's first event
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["session"] = starts.astype(int).groupby(df["user"]).cumsum()

    out = df.groupby(["user", "session"], as_index=False).agg(
        start=("time", "min"), end=("time", "max"), events=("time", "size")
    )
    out["duration_min"] = (out["end"] - out["start"]).dt.total_seconds() / 60
    out["start"] = out["start"].dt.strftime(FMT)
    out["end"] = out["end"].dt.strftime(FMT)
    return out[COLUMNS]
