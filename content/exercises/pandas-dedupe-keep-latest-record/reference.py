# Time O(n log n) for the sorts, space O(n).
import pandas as pd

COLUMNS = ["user_id", "email", "updated_at"]


def latest_per_user(records: list[dict]) -> pd.DataFrame:
    """Keep each user's most recent record (ties: the later one in the input)."""
    df = pd.DataFrame(records, columns=COLUMNS)
    when = pd.to_datetime(df["updated_at"], format="%Y-%m-%d %H:%M:%S")
    # A stable sort keeps input order among equal timestamps, so keep="last"
    # picks the newest record and, on a tie, the later one in the input.
    order = when.sort_values(kind="stable").index
    latest = df.loc[order].drop_duplicates(subset="user_id", keep="last")
    return latest.sort_values("user_id").reset_index(drop=True)
