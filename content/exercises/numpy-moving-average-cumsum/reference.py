# Time O(n), space O(n): each window sum is a difference of two prefix sums.
import numpy as np


def moving_average(values: list[float], window: int) -> np.ndarray:
    """Return the mean of every complete run of `window` consecutive values."""
    arr = np.asarray(values, dtype=float)
    if window > arr.size:
        return np.empty(0)
    prefix = np.concatenate(([0.0], np.cumsum(arr)))
    return (prefix[window:] - prefix[:-window]) / window
