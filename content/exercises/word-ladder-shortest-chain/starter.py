def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Return the number of words in the shortest ladder from begin to end, or 0."""
    raise NotImplementedError
