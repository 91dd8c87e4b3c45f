import numpy as np


def tile_images(images: list, cols: int) -> np.ndarray:
    """Paste the images into a grid with `cols` columns, row by row, padding with zeros."""
    raise NotImplementedError
