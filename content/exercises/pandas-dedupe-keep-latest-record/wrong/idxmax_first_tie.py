import pandas as pd


def latest_per_user(records):
    cols = ["user_id", "email", "updated_at"]
    df = pd.DataFrame(records, columns=cols)
    if df.empty:
        return df
    when = pd.to_datetime(df["updated_at"])
    best = when.groupby(df["user_id"]).idxmax()
    return df.loc[best.values].sort_values("user_id").reset_index(drop=True)
