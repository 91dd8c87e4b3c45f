import numpy as np


def normalize_rows(matrix):
    arr = np.asarray(matrix, dtype=float)
    norms = np.linalg.norm(arr, axis=0, keepdims=True)
    norms[norms == 0] = 1.0
    return arr / norms
