import heapq


def shortest_distances(n, roads, source):
    adj = [[] for _ in range(n)]
    for u, v, cost in roads:
        adj[u].append((v, cost))
    dist = [-1] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, cost in adj[u]:
            if dist[v] == -1:
                dist[v] = d + cost
                heapq.heappush(heap, (dist[v], v))
    return dist
