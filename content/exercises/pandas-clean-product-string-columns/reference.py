# Time O(total length of the strings), space O(n): vectorised .str operations,
# one pass per rule.
import pandas as pd

COLUMNS = ["name", "sku", "price"]


def clean_products(rows: list[dict]) -> pd.DataFrame:
    """Normalise names, SKUs and prices; drop rows without a name."""
    df = pd.DataFrame(rows, columns=COLUMNS).astype("str")  # None stays missing
    name = df["name"].str.strip().str.replace(r"\s+", " ", regex=True).str.title()
    sku = df["sku"].str.replace(r"[\s-]", "", regex=True).str.upper()
    price_text = df["price"].str.replace(r"[$,\s]", "", regex=True)
    price = pd.to_numeric(price_text, errors="coerce").astype(float)
    out = pd.DataFrame({"name": name, "sku": sku, "price": price})
    keep = out["name"].notna() & (out["name"] != "")
    return out[keep].reset_index(drop=True)
