# Time O((n + e) log e), space O(n + e): Dijkstra with a binary heap and lazy deletion.
import heapq


def shortest_distances(n: int, roads: list[list[int]], source: int) -> list[int]:
    """Return the cheapest cost from source to every place (-1 if unreachable)."""
    adj = [[] for _ in range(n)]
    for u, v, cost in roads:
        adj[u].append((v, cost))
    dist = [None] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue                      # stale entry: u was improved after this push
        for v, cost in adj[u]:
            nd = d + cost
            if dist[v] is None or nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return [-1 if d is None else d for d in dist]
