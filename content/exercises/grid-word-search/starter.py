def word_in_grid(grid: list[list[str]], word: str) -> bool:
    """Return True if word can be traced through adjacent cells, each used once."""
    raise NotImplementedError
