import numpy as np


def solve_linear_system(coefficients: list[list[float]], constants: list[float]) -> np.ndarray | None:
    """Return x with A @ x = b, or None if A is singular."""
    raise NotImplementedError
