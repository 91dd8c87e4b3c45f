import pandas as pd


def orders_with_customers(customers, orders):
    cust = pd.DataFrame(customers, columns=["customer_id", "name", "country"])
    ords = pd.DataFrame(orders, columns=["order_id", "customer_id", "amount"])
    merged = ords.merge(cust, on="customer_id", how="left")
    return merged[["order_id", "customer_id", "name", "country", "amount"]]
