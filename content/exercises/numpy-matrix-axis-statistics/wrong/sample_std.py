import numpy as np


def matrix_stats(matrix):
    a = np.asarray(matrix)
    return {
        "row_sums": a.sum(axis=1),
        "column_means": a.mean(axis=0),
        "column_argmax": a.argmax(axis=0),
        "row_ranges": a.max(axis=1) - a.min(axis=1),
        "overall_std": float(a.std(ddof=1)) if a.size > 1 else 0.0,
    }
