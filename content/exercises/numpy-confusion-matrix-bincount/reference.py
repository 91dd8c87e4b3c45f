# Time O(n + k^2), space O(n + k^2): each pair becomes one flat cell index,
# and np.bincount counts all of them in a single pass.
import numpy as np


def confusion_matrix(actual: list[int], predicted: list[int], num_classes: int) -> np.ndarray:
    """Return the (num_classes, num_classes) counts of (actual, predicted) pairs."""
    a = np.asarray(actual, dtype=np.int64)
    p = np.asarray(predicted, dtype=np.int64)
    flat = a * num_classes + p
    counts = np.bincount(flat, minlength=num_classes * num_classes)
    return counts.reshape(num_classes, num_classes)
