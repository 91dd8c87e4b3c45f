def wildcard_match(text: str, pattern: str) -> bool:
    # Time O(len(text) * len(pattern)), space O(len(text)): a DP over the
    # pattern, one column at a time. match[i] says whether text[:i] matches
    # the pattern prefix processed so far.
    match = [True] + [False] * len(text)
    for p in pattern:
        if p == "*":
            # Star: text[:i] matches if text[:k] matched before for some k <= i.
            for i in range(1, len(text) + 1):
                match[i] = match[i] or match[i - 1]
        else:
            # Walk backwards so match[i - 1] is still the previous column.
            for i in range(len(text), 0, -1):
                match[i] = match[i - 1] and (p == "?" or p == text[i - 1])
            match[0] = False
    return match[-1]
