import pandas as pd


def trailing_average(records):
    cols = ["store", "date", "revenue", "avg_7d"]
    df = pd.DataFrame(records, columns=["store", "date", "revenue"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["revenue"] = df["revenue"].astype(float)
    df = df.sort_values(["store", "date"]).reset_index(drop=True)
    df["avg_7d"] = df.groupby("store")["revenue"].transform(lambda s: s.rolling(7, min_periods=1).mean())
    return df[cols]
