import numpy as np


def replace_outliers(values, k):
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return x
    mask = np.abs(x - x.mean()) >= k * x.std()
    out = x.copy()
    kept = x[~mask]
    out[mask] = np.median(kept) if kept.size else np.nan
    return out
