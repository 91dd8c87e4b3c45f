import pandas as pd


def period_totals(events, freq):
    if not events:
        return pd.Series([], dtype=float)
    df = pd.DataFrame(events, columns=["ts", "amount"])
    s = pd.Series(df["amount"].astype(float).values, index=pd.to_datetime(df["ts"]))
    totals = s.resample("D" if freq == "day" else "W").sum()
    totals.index = totals.index.strftime("%Y-%m-%d")
    return totals
