# Time O(n + r*q) for n rows, r regions and q quarters (a grouped sum reshaped
# to r x q), space O(n + r*q).
import pandas as pd


def sales_pivot(rows: list[dict]) -> pd.DataFrame:
    """Return total amount per region (rows) and quarter (columns), plus a Total column."""
    df = pd.DataFrame(rows, columns=["region", "quarter", "amount"])
    table = df.pivot_table(
        index="region", columns="quarter", values="amount", aggfunc="sum", fill_value=0
    ).rename_axis(index=None, columns=None)
    table["Total"] = table.sum(axis=1)
    return table
