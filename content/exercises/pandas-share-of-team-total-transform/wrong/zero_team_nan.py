import pandas as pd


def add_team_share(records):
    df = pd.DataFrame(records, columns=["team", "member", "points"])
    df["share"] = df["points"] / df.groupby("team")["points"].transform("sum")
    return df
