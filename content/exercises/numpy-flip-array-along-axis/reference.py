# Time O(n) to build the array; the flip itself is O(1): np.flip returns a
# view with negative strides. Space O(n) for the array built from the list.
import numpy as np


def flip_along_axis(data: list, axis: int | None = None) -> np.ndarray:
    """Return `data` as an array reversed along `axis` (every axis if None)."""
    return np.flip(np.asarray(data), axis=axis)
