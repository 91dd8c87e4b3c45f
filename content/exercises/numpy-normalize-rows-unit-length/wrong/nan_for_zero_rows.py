import numpy as np


def normalize_rows(matrix):
    arr = np.asarray(matrix, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return arr / np.sqrt((arr ** 2).sum(axis=1))[:, None]
