import pandas as pd


def clean_readings(records):
    df = pd.DataFrame(records, columns=["station", "day", "temp"])
    df = df.dropna(subset=["station", "temp"])
    df["temp"] = df["temp"].astype(float)
    return df.sort_values(["station", "day"]).reset_index(drop=True)
