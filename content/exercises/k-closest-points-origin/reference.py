# Time O(n log k), space O(k): heapq.nsmallest keeps a bounded heap of candidates.
import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    """Return the k points closest to the origin, in any order."""
    return heapq.nsmallest(k, points, key=lambda p: p[0] * p[0] + p[1] * p[1])
