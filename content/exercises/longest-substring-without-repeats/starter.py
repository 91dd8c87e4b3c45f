def longest_unique_substring(text: str) -> int:
    """Return the length of the longest substring of text with no repeated character."""
    raise NotImplementedError
