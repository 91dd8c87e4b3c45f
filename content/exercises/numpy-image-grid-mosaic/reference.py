# Time O(rows*cols*H*W*C), space the same: one padding copy, then a reshape,
# an axis swap (a view) and a final reshape (one copy).
import numpy as np


def tile_images(images: list, cols: int) -> np.ndarray:
    """Paste the images into a grid with `cols` columns, row by row, padding with zeros."""
    batch = np.asarray(images)
    n, h, w = batch.shape[:3]
    channels = batch.shape[3:]  # () for grayscale, (C,) with channels
    rows = -(-n // cols)  # ceil(n / cols)
    missing = rows * cols - n
    if missing:
        blank = np.zeros((missing, h, w, *channels), dtype=batch.dtype)
        batch = np.concatenate([batch, blank])
    grid = batch.reshape(rows, cols, h, w, *channels)
    # (rows, cols, H, W) -> (rows, H, cols, W): one pixel row now runs across a grid row.
    return grid.swapaxes(1, 2).reshape(rows * h, cols * w, *channels)
