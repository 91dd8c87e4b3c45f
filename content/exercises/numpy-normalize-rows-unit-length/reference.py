# Time O(n*d), space O(n*d): one vectorised norm per row, then a broadcast divide.
import numpy as np


def normalize_rows(matrix: list[list[float]]) -> np.ndarray:
    """Return the rows of `matrix` scaled to Euclidean length 1 (zero rows stay zero)."""
    arr = np.asarray(matrix, dtype=float)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)  # shape (n, 1)
    norms[norms == 0] = 1.0  # a zero row divided by 1 stays zero
    return arr / norms
