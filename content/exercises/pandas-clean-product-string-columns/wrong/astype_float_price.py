import pandas as pd


def clean_products(rows):
    df = pd.DataFrame(rows, columns=["name", "sku", "price"]).astype("str")
    name = df["name"].str.strip().str.replace(r"\s+", " ", regex=True).str.title()
    sku = df["sku"].str.replace(r"[\s-]", "", regex=True).str.upper()
    price = df["price"].str.replace(r"[$,\s]", "", regex=True).astype(float)
    out = pd.DataFrame({"name": name, "sku": sku, "price": price})
    return out[out["name"].notna() & (out["name"] != "")].reset_index(drop=True)
