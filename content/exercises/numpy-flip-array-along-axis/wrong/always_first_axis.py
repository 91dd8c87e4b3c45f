import numpy as np


def flip_along_axis(data: list, axis: int | None = None) -> np.ndarray:
    arr = np.asarray(data)
    return arr[::-1]
