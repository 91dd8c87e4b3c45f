import pandas as pd


def orders_with_customers(customers, orders):
    cust = pd.DataFrame(customers, columns=["customer_id", "name", "country"])
    ords = pd.DataFrame(orders, columns=["order_id", "customer_id", "amount"])
    merged = ords.merge(cust, on="customer_id", how="inner")
    cols = ["order_id", "customer_id", "name", "country", "amount"]
    return merged[cols].sort_values("order_id").reset_index(drop=True)
