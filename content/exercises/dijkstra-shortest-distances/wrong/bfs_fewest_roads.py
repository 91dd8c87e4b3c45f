from collections import deque


def shortest_distances(n, roads, source):
    adj = [[] for _ in range(n)]
    for u, v, cost in roads:
        adj[u].append((v, cost))
    dist = [-1] * n
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, cost in adj[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + cost
                queue.append(v)
    return dist
