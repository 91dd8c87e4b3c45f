import numpy as np


def matrix_stats(matrix):
    a = np.asarray(matrix)
    return {
        "row_sums": a.sum(axis=1),
        "column_means": a.mean(axis=0),
        "column_argmax": a.argmax(axis=1),
        "row_ranges": np.ptp(a, axis=1),
        "overall_std": float(a.std()),
    }
