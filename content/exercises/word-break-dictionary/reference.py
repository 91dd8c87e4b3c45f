def can_segment(text: str, words: list[str]) -> bool:
    # Time O(n * L) substring checks (each O(L)), space O(n + total word
    # length), with n = len(text) and L the longest word: ok[i] says whether
    # text[:i] splits into words; only the last L cut points can lead to i.
    vocabulary = set(words)
    longest = max(map(len, vocabulary), default=0)
    ok = [True] + [False] * len(text)
    for i in range(1, len(text) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and text[j:i] in vocabulary:
                ok[i] = True
                break
    return ok[-1]
