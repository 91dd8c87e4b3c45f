def longest_with_k_distinct(text, k):
    counts = {}
    left = best = 0
    for right, ch in enumerate(text):
        counts[ch] = counts.get(ch, 0) + 1
        while len(counts) > k and left <= right:
            counts[text[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
