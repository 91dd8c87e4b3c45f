import numpy as np


def nearest_neighbours(points, queries):
    p = np.asarray(points, dtype=float)
    q = np.asarray(queries, dtype=float).reshape(-1, p.shape[1])
    indices = np.zeros(len(q), dtype=int)
    distances = np.zeros(len(q))
    for j in range(len(q)):
        best_i, best_d = 0, np.inf
        for i in range(len(p)):
            d = np.sqrt(np.sum((q[j] - p[i]) ** 2))
            if d < best_d:
                best_i, best_d = i, d
        indices[j] = best_i
        distances[j] = best_d
    return indices, distances
