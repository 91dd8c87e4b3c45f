import pandas as pd


def top_products(sales, n):
    cols = ["category", "product", "revenue"]
    df = pd.DataFrame(sales, columns=["category", "product", "quantity", "unit_price"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["revenue"] = df["quantity"] * df["unit_price"]
    ranked = df.sort_values(["category", "revenue", "product"], ascending=[True, False, True])
    return ranked.groupby("category").head(n).reset_index(drop=True)[cols]
