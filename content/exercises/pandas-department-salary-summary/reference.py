# Time O(n log g) for n records in g departments (hashing plus sorting the keys),
# space O(n): a single groupby with named aggregations.
import pandas as pd


def department_summary(records: list[dict]) -> pd.DataFrame:
    """Return headcount, total, mean and max salary per department, sorted by department."""
    df = pd.DataFrame(records, columns=["department", "employee", "salary"])
    df["salary"] = df["salary"].astype(float)
    return df.groupby("department", sort=True).agg(
        headcount=("employee", "size"),
        total_salary=("salary", "sum"),
        mean_salary=("salary", "mean"),
        max_salary=("salary", "max"),
    )
