def count_components(n, links):
    adj = [[] for _ in range(n)]
    for a, b in links:
        adj[a].append(b)
        adj[b].append(a)
    group = [-1] * n
    count = 0
    for start in range(n):
        if group[start] != -1:
            continue
        count += 1
        stack = [(start, -1)]
        while stack:
            node, came_from = stack.pop()
            group[node] = count
            for nxt in adj[node]:
                if nxt != came_from:
                    stack.append((nxt, node))
    return count
