import pandas as pd


def sales_pivot(rows):
    df = pd.DataFrame(rows)
    table = df.pivot_table(index="region", columns="quarter", values="amount", aggfunc="sum")
    table["Total"] = table.sum(axis=1)
    return table
