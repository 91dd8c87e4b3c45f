def balanced_parentheses(n: int) -> list[str]:
    # Time O(n * C(n)), space O(n) besides the output, C(n) the n-th Catalan
    # number: backtracking only ever extends valid prefixes, so every leaf
    # reached is an answer.
    result: list[str] = []
    parts: list[str] = []

    def build(opened: int, closed: int) -> None:
        if closed == n:
            result.append("".join(parts))
            return
        if opened < n:
            parts.append("(")
            build(opened + 1, closed)
            parts.pop()
        if closed < opened:
            parts.append(")")
            build(opened, closed + 1)
            parts.pop()

    build(0, 0)
    return result
