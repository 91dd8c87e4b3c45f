import pandas as pd


def department_summary(records):
    df = pd.DataFrame(records)
    df["salary"] = df["salary"].astype(float)
    return df.groupby("department").agg(
        headcount=("salary", "count"),
        total_salary=("salary", "sum"),
        mean_salary=("salary", "mean"),
        max_salary=("salary", "max"),
    )
