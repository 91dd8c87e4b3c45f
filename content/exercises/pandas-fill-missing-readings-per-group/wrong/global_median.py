import pandas as pd


def clean_readings(records):
    df = pd.DataFrame(records, columns=["station", "day", "temp"])
    df = df.dropna(subset=["station"])
    df["temp"] = df["temp"].astype(float)
    known = df.groupby("station")["temp"].transform("count") > 0
    df = df[known].copy()
    df["temp"] = df["temp"].fillna(df["temp"].median())
    return df.sort_values(["station", "day"]).reset_index(drop=True)
