import numpy as np


def one_hot(labels: list[int], num_classes: int | None = None) -> np.ndarray:
    """Return the (len(labels), num_classes) one-hot matrix of `labels`."""
    raise NotImplementedError
