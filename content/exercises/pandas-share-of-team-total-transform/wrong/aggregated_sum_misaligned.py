import pandas as pd


def add_team_share(records):
    df = pd.DataFrame(records, columns=["team", "member", "points"])
    totals = df.groupby("team")["points"].sum()
    df["share"] = (df["points"] / totals).fillna(0.0)
    return df
