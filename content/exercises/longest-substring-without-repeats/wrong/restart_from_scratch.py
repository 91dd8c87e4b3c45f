def longest_unique_substring(text):
    window = set()
    best = 0
    for ch in text:
        if ch in window:
            window = set()
        window.add(ch)
        best = max(best, len(window))
    return best
