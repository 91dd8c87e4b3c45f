# Time O(n * L^2), space O(n * L): BFS where neighbours come from wildcard buckets
# ("c*ld" -> cold, cord...), so no pair of words is ever compared directly.
from collections import defaultdict, deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Return the number of words in the shortest ladder from begin to end, or 0."""
    vocabulary = set(words)
    if end not in vocabulary:
        return 0
    buckets = defaultdict(list)
    for word in vocabulary:
        for i in range(len(word)):
            buckets[word[:i] + "*" + word[i + 1:]].append(word)
    seen = {begin}
    queue = deque([(begin, 1)])
    while queue:
        word, length = queue.popleft()
        if word == end:
            return length
        for i in range(len(word)):
            pattern = word[:i] + "*" + word[i + 1:]
            for nxt in buckets.pop(pattern, ()):   # each bucket is scanned only once
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, length + 1))
    return 0
