from collections import deque


def ladder_length(begin, end, words):
    nodes = list(dict.fromkeys([begin] + list(words)))
    if end not in nodes:
        return 0
    adj = {w: [] for w in nodes}
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            a, b = nodes[i], nodes[j]
            if sum(x != y for x, y in zip(a, b)) == 1:
                adj[a].append(b)
                adj[b].append(a)
    seen = {begin}
    queue = deque([(begin, 1)])
    while queue:
        word, length = queue.popleft()
        if word == end:
            return length
        for nxt in adj[word]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, length + 1))
    return 0
