import math

import numpy as np


def nearest_neighbours(points, queries):
    indices, distances = [], []
    for q in queries:
        best_i, best_d = 0, math.inf
        for i, p in enumerate(points):
            d = math.dist(q, p)
            if d < best_d:
                best_i, best_d = i, d
        indices.append(best_i)
        distances.append(best_d)
    return np.array(indices, dtype=int), np.array(distances)
