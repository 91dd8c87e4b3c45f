# Time O(n), space O(k): a sliding window with a dict of character counts.
def longest_with_k_distinct(text: str, k: int) -> int:
    counts: dict[str, int] = {}
    left = best = 0
    for right, ch in enumerate(text):
        counts[ch] = counts.get(ch, 0) + 1
        while len(counts) > k:
            out = text[left]
            counts[out] -= 1
            if counts[out] == 0:
                del counts[out]
            left += 1
        best = max(best, right - left + 1)
    return best
