# Time O(n), space O(n): one grouped transform broadcasts each team's total back
# onto its rows.
import pandas as pd


def add_team_share(records: list[dict]) -> pd.DataFrame:
    """Add each member's share of their team's total points, in input order."""
    df = pd.DataFrame(records, columns=["team", "member", "points"])
    total = df.groupby("team")["points"].transform("sum")
    df["share"] = (df["points"] / total).where(total != 0, 0.0)
    return df
