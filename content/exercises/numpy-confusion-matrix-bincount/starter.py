import numpy as np


def confusion_matrix(actual: list[int], predicted: list[int], num_classes: int) -> np.ndarray:
    """Return the (num_classes, num_classes) counts of (actual, predicted) pairs."""
    raise NotImplementedError
