def wildcard_match(text: str, pattern: str) -> bool:
    """Return True if pattern ('?' = one char, '*' = any run) matches all of text."""
    raise NotImplementedError
