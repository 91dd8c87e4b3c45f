def smallest_window(text, required):
    need = set(required)
    if not need:
        return ""
    best = ""
    left = 0
    counts = {}
    for right, ch in enumerate(text):
        counts[ch] = counts.get(ch, 0) + 1
        while all(counts.get(c, 0) > 0 for c in need):
            if not best or right - left + 1 < len(best):
                best = text[left:right + 1]
            counts[text[left]] -= 1
            left += 1
    return best
