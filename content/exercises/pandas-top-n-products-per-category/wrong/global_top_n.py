import pandas as pd


def top_products(sales, n):
    cols = ["category", "product", "revenue"]
    df = pd.DataFrame(sales, columns=["category", "product", "quantity", "unit_price"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["revenue"] = df["quantity"] * df["unit_price"]
    totals = df.groupby(["category", "product"], as_index=False)["revenue"].sum()
    best = totals.nlargest(n, "revenue")
    return best.sort_values(["category", "revenue", "product"], ascending=[True, False, True]).reset_index(drop=True)[cols]
