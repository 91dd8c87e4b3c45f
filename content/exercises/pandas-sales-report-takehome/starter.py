import pandas as pd


class SalesReport:
    """Sales metrics over completed order lines whose SKU is in the catalogue."""

    def __init__(self, orders: list[dict], products: list[dict]):
        raise NotImplementedError

    def revenue_by_month(self) -> pd.Series:
        """Revenue per "YYYY-MM" month that has valid lines, oldest month first."""
        raise NotImplementedError

    def category_summary(self) -> pd.DataFrame:
        """Columns orders, units, revenue, share; index the categories, sorted."""
        raise NotImplementedError

    def top_customers(self, n: int) -> pd.DataFrame:
        """Columns customer, revenue, orders for the n best customers."""
        raise NotImplementedError

    def repeat_customer_rate(self) -> float:
        """Fraction of customers with 2+ distinct orders, rounded to 4 decimals."""
        raise NotImplementedError

    def average_order_value(self) -> float:
        """Revenue per distinct order, rounded to 2 decimals."""
        raise NotImplementedError

    def unknown_skus(self) -> list[str]:
        """Sorted distinct SKUs of completed lines missing from the catalogue."""
        raise NotImplementedError
