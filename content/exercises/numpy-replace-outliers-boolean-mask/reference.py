# Time O(n) (plus the O(n) selection inside np.median), space O(n) for the mask
# and the copy.
import numpy as np


def replace_outliers(values: list[float], k: float) -> np.ndarray:
    """Replace values more than k standard deviations from the mean by the median of the rest."""
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return x
    mask = np.abs(x - x.mean()) > k * x.std()
    out = x.copy()
    if mask.any():
        out[mask] = np.median(x[~mask])
    return out
