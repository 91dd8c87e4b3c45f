def wildcard_match(text: str, pattern: str) -> bool:
    def match(i, j):
        if j == len(pattern):
            return i == len(text)
        if pattern[j] == "*":
            return any(match(k, j + 1) for k in range(i, len(text) + 1))
        return i < len(text) and pattern[j] in ("?", text[i]) and match(i + 1, j + 1)

    return match(0, 0)
