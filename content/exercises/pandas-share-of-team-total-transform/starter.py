import pandas as pd


def add_team_share(records: list[dict]) -> pd.DataFrame:
    """Add each member's share of their team's total points, in input order."""
    raise NotImplementedError
