import pandas as pd


def clean_products(rows):
    df = pd.DataFrame(rows, columns=["name", "sku", "price"]).astype("str")
    name = df["name"].str.strip().str.title()
    sku = df["sku"].str.replace(r"[\s-]", "", regex=True).str.upper()
    price = pd.to_numeric(df["price"].str.replace(r"[$,\s]", "", regex=True), errors="coerce")
    out = pd.DataFrame({"name": name, "sku": sku, "price": price})
    return out[out["name"].notna() & (out["name"] != "")].reset_index(drop=True)
