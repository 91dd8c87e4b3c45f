import numpy as np


def moving_average(values, window):
    arr = np.asarray(values, dtype=float)
    if window > arr.size:
        return np.empty(0)
    c = np.cumsum(arr)
    return (c[window:] - c[:-window]) / window
