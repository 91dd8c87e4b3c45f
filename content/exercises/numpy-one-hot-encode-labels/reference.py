# Time O(n * k), space O(n * k) for n labels and k classes (the output itself);
# a single fancy-indexed assignment sets the ones.
import numpy as np


def one_hot(labels: list[int], num_classes: int | None = None) -> np.ndarray:
    """Return the (len(labels), num_classes) one-hot matrix of `labels`."""
    idx = np.asarray(labels, dtype=np.intp)
    if num_classes is None:
        num_classes = int(idx.max()) + 1 if idx.size else 0
    out = np.zeros((idx.size, num_classes), dtype=int)
    out[np.arange(idx.size), idx] = 1
    return out
