def shortest_path_length(grid: list[str]) -> int:
    """Return the fewest moves from the top-left to the bottom-right cell, or -1."""
    raise NotImplementedError
