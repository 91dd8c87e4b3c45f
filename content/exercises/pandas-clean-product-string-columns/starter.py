import pandas as pd


def clean_products(rows: list[dict]) -> pd.DataFrame:
    """Normalise names, SKUs and prices; drop rows without a name."""
    raise NotImplementedError
