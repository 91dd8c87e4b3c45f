# Time O(n^3) (an SVD for the rank, then an LU solve), space O(n^2).
import numpy as np


def solve_linear_system(coefficients: list[list[float]], constants: list[float]) -> np.ndarray | None:
    """Return x with A @ x = b, or None if A is singular."""
    a = np.asarray(coefficients, dtype=float)
    b = np.asarray(constants, dtype=float)
    if np.linalg.matrix_rank(a) < a.shape[0]:
        return None
    return np.linalg.solve(a, b)
