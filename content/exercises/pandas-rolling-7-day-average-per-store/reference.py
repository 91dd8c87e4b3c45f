# Time O(n log n): one sort, then a time-based rolling mean per store that moves
# both window edges forward (O(n) overall). Space O(n).
import pandas as pd

COLUMNS = ["store", "date", "revenue", "avg_7d"]


def trailing_average(records: list[dict]) -> pd.DataFrame:
    """Add each row's mean store revenue over the 7 calendar days ending on its date."""
    df = pd.DataFrame(records, columns=["store", "date", "revenue"])
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    df["date"] = pd.to_datetime(df["date"], format="%Y-%m-%d")
    df["revenue"] = df["revenue"].astype(float)
    df = df.sort_values(["store", "date"]).reset_index(drop=True)
    # '7D' on a DatetimeIndex is the window (date - 7 days, date]: the day and the 6 before.
    rolled = df.set_index("date").groupby("store", sort=True)["revenue"].rolling("7D").mean()
    df["avg_7d"] = rolled.to_numpy()  # same (store, date) order as df
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    return df[COLUMNS]
