from collections import deque
import string


def ladder_length(begin, end, words):
    vocabulary = set(words)
    if end not in vocabulary:
        return 0
    seen = {begin}
    queue = deque([(begin, 0)])
    while queue:
        word, steps = queue.popleft()
        if word == end:
            return steps
        for i in range(len(word)):
            for ch in string.ascii_lowercase:
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in vocabulary and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, steps + 1))
    return 0
