import numpy as np


def solve_linear_system(coefficients, constants):
    try:
        return np.linalg.solve(np.asarray(coefficients, dtype=float), np.asarray(constants, dtype=float))
    except np.linalg.LinAlgError:
        return None
