import numpy as np


def nearest_neighbours(points: list[list[int]], queries: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """For each query, return (index of the nearest point, distance to it)."""
    raise NotImplementedError
