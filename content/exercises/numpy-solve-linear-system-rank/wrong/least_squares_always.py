import numpy as np


def solve_linear_system(coefficients, constants):
    a = np.asarray(coefficients, dtype=float)
    b = np.asarray(constants, dtype=float)
    x, *_ = np.linalg.lstsq(a, b, rcond=None)
    return x
