import numpy as np


def tile_images(images, cols):
    batch = np.asarray(images)
    n, h, w = batch.shape[:3]
    rest = batch.shape[3:]
    rows = -(-n // cols)
    missing = rows * cols - n
    if missing:
        batch = np.concatenate([batch, np.zeros((missing, h, w, *rest), dtype=batch.dtype)])
    return batch.reshape(rows * h, cols * w, *rest)
