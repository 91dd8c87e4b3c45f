import pandas as pd

ORDER_COLUMNS = ["order_id", "customer", "date", "sku", "quantity", "status"]
PRODUCT_COLUMNS = ["sku", "name", "category", "unit_price"]


class SalesReport:
    """Sales metrics over completed order lines whose SKU is in the catalogue."""

    def __init__(self, orders: list[dict], products: list[dict]):
        lines = pd.DataFrame(orders, columns=ORDER_COLUMNS)
        catalogue = pd.DataFrame(products, columns=PRODUCT_COLUMNS)
        self._completed = lines[lines["status"] == "completed"]
        self._catalogue_skus = set(catalogue["sku"])
        # Inner join: a line survives only if its SKU is known.
        valid = self._completed.merge(catalogue, on="sku", how="left", validate="many_to_one")
        valid["revenue"] = valid["quantity"] * valid["unit_price"].astype(float).fillna(0.0)
        self._lines = valid
        self._total = float(valid["revenue"].sum())

    def revenue_by_month(self) -> pd.Series:
        """Revenue per "YYYY-MM" month that has valid lines, oldest month first."""
        month = self._lines["date"].str.slice(0, 7)
        return self._lines["revenue"].groupby(month).sum().astype(float)

    def category_summary(self) -> pd.DataFrame:
        """Orders, units, revenue and revenue share per category, sorted by category."""
        summary = self._lines.groupby("category").agg(
            orders=("order_id", "nunique"),
            units=("quantity", "sum"),
            revenue=("revenue", "sum"),
        )
        summary["share"] = summary["revenue"] / self._total if self._total else 0.0
        return summary.rename_axis(None)

    def top_customers(self, n: int) -> pd.DataFrame:
        """The n customers with the highest revenue (ties: name ascending)."""
        per_customer = self._lines.groupby("customer", as_index=False).agg(
            revenue=("revenue", "sum"), orders=("order_id", "nunique")
        )
        ranked = per_customer.sort_values(["revenue", "customer"], ascending=[False, True])
        return ranked.head(n).reset_index(drop=True)

    def repeat_customer_rate(self) -> float:
        """Share of customers with at least two distinct orders, rounded to 4 places."""
        orders_per_customer = self._lines.groupby("customer")["order_id"].nunique()
        if orders_per_customer.empty:
            return 0.0
        return round(float((orders_per_customer >= 2).mean()), 4)

    def average_order_value(self) -> float:
        """Total revenue divided by the number of distinct orders, rounded to 2 places."""
        n_orders = self._lines["order_id"].nunique()
        return round(self._total / n_orders, 2) if n_orders else 0.0

    def unknown_skus(self) -> list[str]:
        """Sorted distinct SKUs of completed lines that are missing from the catalogue."""
        return sorted(set(self._completed["sku"]) - self._catalogue_skus)
