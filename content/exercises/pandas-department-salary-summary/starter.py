import pandas as pd


def department_summary(records: list[dict]) -> pd.DataFrame:
    """Return headcount, total, mean and max salary per department, sorted by department."""
    raise NotImplementedError
