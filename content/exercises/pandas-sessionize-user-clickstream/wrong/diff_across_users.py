import pandas as pd


def sessionize(events, gap_minutes=30):
    cols = ["user", "session", "start", "end", "events", "duration_min"]
    if not events:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(events, columns=["user", "timestamp"])
    df["time"] = pd.to_datetime(df["timestamp"])
    df = df.sort_values(["user", "time"]).reset_index(drop=True)
    gap = df["time"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["session"] = starts.astype(int).groupby(df["user"]).cumsum()
    df.loc[df["session"] == 0, "session"] = 1
    out = df.groupby(["user", "session"], as_index=False).agg(
        start=("time", "min"), end=("time", "max"), events=("time", "size"))
    out["duration_min"] = (out["end"] - out["start"]).dt.total_seconds() / 60
    out["start"] = out["start"].dt.strftime("%Y-%m-%d %H:%M:%S")
    out["end"] = out["end"].dt.strftime("%Y-%m-%d %H:%M:%S")
    return out[cols]
