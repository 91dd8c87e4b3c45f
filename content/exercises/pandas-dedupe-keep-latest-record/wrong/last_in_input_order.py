import pandas as pd


def latest_per_user(records):
    df = pd.DataFrame(records, columns=["user_id", "email", "updated_at"])
    return df.drop_duplicates(subset="user_id", keep="last").sort_values("user_id").reset_index(drop=True)
