from collections import Counter


# Time O(n + m), space O(k) for k distinct characters: a sliding window that grows on the
# right until every required count is met, then shrinks on the left while it stays valid.
def smallest_window(text: str, required: str) -> str:
    if not required:
        return ""
    need = Counter(required)
    missing = len(need)  # distinct characters whose count is not yet met
    have: Counter[str] = Counter()
    best_start, best_len = 0, float("inf")
    left = 0
    for right, ch in enumerate(text):
        have[ch] += 1
        if ch in need and have[ch] == need[ch]:
            missing -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            out = text[left]
            have[out] -= 1
            if out in need and have[out] < need[out]:
                missing += 1
            left += 1
    return "" if best_len == float("inf") else text[best_start:best_start + best_len]
