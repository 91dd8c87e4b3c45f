import numpy as np


def moving_average(values: list[float], window: int) -> np.ndarray:
    """Return the mean of every complete run of `window` consecutive values."""
    raise NotImplementedError
