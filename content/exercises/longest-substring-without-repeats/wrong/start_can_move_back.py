def longest_unique_substring(text):
    last = {}
    start = best = 0
    for end, ch in enumerate(text):
        if ch in last:
            start = last[ch] + 1
        last[ch] = end
        best = max(best, end - start + 1)
    return best
