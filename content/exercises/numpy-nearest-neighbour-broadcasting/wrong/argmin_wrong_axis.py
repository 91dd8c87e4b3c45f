import numpy as np


def nearest_neighbours(points, queries):
    p = np.asarray(points, dtype=float)
    q = np.asarray(queries, dtype=float).reshape(-1, p.shape[1])
    d = np.sqrt(((q[:, None, :] - p[None, :, :]) ** 2).sum(axis=2))
    if q.shape[0] == 0:
        return np.empty(0, dtype=int), np.empty(0)
    idx = d.argmin(axis=0)
    return idx, d.min(axis=0)
