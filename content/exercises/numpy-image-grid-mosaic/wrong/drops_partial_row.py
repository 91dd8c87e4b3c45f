import numpy as np


def tile_images(images, cols):
    batch = np.asarray(images)
    n, h, w = batch.shape[:3]
    rest = batch.shape[3:]
    rows = max(n // cols, 1)
    need = rows * cols
    if need > n:
        batch = np.concatenate([batch, np.zeros((need - n, h, w, *rest), dtype=batch.dtype)])
    batch = batch[:need]
    return batch.reshape(rows, cols, h, w, *rest).swapaxes(1, 2).reshape(rows * h, cols * w, *rest)
