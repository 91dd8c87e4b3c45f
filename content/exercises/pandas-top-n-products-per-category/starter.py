import pandas as pd


def top_products(sales: list[dict], n: int) -> pd.DataFrame:
    """Return the n highest-revenue products of each category."""
    raise NotImplementedError
