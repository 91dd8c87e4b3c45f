import pandas as pd


def period_totals(events, freq):
    if not events:
        return pd.Series([], dtype=float)
    df = pd.DataFrame(events, columns=["ts", "amount"])
    ts = pd.to_datetime(df["ts"])
    if freq == "day":
        key = ts.dt.strftime("%Y-%m-%d")
    else:
        key = (ts.dt.normalize() - pd.to_timedelta(ts.dt.dayofweek, unit="D")).dt.strftime("%Y-%m-%d")
    return df["amount"].astype(float).groupby(key).sum()
