def common_prefix(words: list[str]) -> str:
    """Return the longest prefix shared by every word in words."""
    raise NotImplementedError
