def can_segment(text: str, words: list[str]) -> bool:
    """Return True if text is a concatenation of dictionary words (reuse allowed)."""
    raise NotImplementedError
