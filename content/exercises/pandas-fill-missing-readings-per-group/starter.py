import pandas as pd


def clean_readings(records: list[dict]) -> pd.DataFrame:
    """Drop station-less rows, fill gaps with the station median, drop unfillable stations, sort."""
    raise NotImplementedError
