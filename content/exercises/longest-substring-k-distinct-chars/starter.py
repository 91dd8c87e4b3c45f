def longest_with_k_distinct(text: str, k: int) -> int:
    """Return the length of the longest substring of text with at most k distinct characters."""
    raise NotImplementedError
