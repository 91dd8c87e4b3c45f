import pandas as pd


def trailing_average(records):
    cols = ["store", "date", "revenue", "avg_7d"]
    df = pd.DataFrame(records, columns=["store", "date", "revenue"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["date"] = pd.to_datetime(df["date"])
    df["revenue"] = df["revenue"].astype(float)
    df = df.sort_values(["store", "date"]).reset_index(drop=True)
    rolled = df.set_index("date").groupby("store")["revenue"].rolling("7D", closed="both").mean()
    df["avg_7d"] = rolled.to_numpy()
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    return df[cols]
