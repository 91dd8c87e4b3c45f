# Time O(n), space O(k) for k distinct characters: a sliding window and the last index of each character.
def longest_unique_substring(text: str) -> int:
    last_seen: dict[str, int] = {}
    start = best = 0
    for end, ch in enumerate(text):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = end
        best = max(best, end - start + 1)
    return best
