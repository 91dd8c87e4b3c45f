# Time O(m + p log p) for m sale lines and p distinct products (aggregate, then
# one sort), space O(m).
import pandas as pd

COLUMNS = ["category", "product", "revenue"]


def top_products(sales: list[dict], n: int) -> pd.DataFrame:
    """Return the n highest-revenue products of each category."""
    df = pd.DataFrame(sales, columns=["category", "product", "quantity", "unit_price"])
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    df["revenue"] = df["quantity"] * df["unit_price"]
    totals = df.groupby(["category", "product"], as_index=False)["revenue"].sum()
    ranked = totals.sort_values(["category", "revenue", "product"], ascending=[True, False, True])
    return ranked.groupby("category").head(n).reset_index(drop=True)[COLUMNS]
