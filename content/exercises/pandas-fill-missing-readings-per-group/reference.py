# Time O(n log n) (group medians are O(n), the final sort dominates), space O(n).
import pandas as pd


def clean_readings(records: list[dict]) -> pd.DataFrame:
    """Drop station-less rows, fill gaps with the station median, drop unfillable stations, sort."""
    df = pd.DataFrame(records, columns=["station", "day", "temp"])
    df = df.dropna(subset=["station"])
    df["temp"] = df["temp"].astype(float)
    station_median = df.groupby("station")["temp"].transform("median")
    df["temp"] = df["temp"].fillna(station_median)
    df = df.dropna(subset=["temp"])
    return df.sort_values(["station", "day"]).reset_index(drop=True)
