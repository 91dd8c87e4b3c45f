# Time O(n log n + c) for n orders and c customers (hash join, then a sort),
# space O(n + c).
import pandas as pd

COLUMNS = ["order_id", "customer_id", "name", "country", "amount"]


def orders_with_customers(customers: list[dict], orders: list[dict]) -> pd.DataFrame:
    """Attach each order's customer name and country; keep orders with unknown customers."""
    cust = pd.DataFrame(customers, columns=["customer_id", "name", "country"])
    ords = pd.DataFrame(orders, columns=["order_id", "customer_id", "amount"])
    merged = ords.merge(cust, on="customer_id", how="left", validate="many_to_one")
    return merged[COLUMNS].sort_values("order_id").reset_index(drop=True)
