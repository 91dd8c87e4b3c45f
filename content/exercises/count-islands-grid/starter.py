def count_islands(grid: list[str]) -> int:
    """Return the number of 4-directionally connected groups of '1' cells."""
    raise NotImplementedError
