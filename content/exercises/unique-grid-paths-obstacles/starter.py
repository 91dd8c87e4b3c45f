def count_grid_paths(grid: list[list[int]]) -> int:
    """Return the number of right/down paths from top-left to bottom-right avoiding 1s."""
    raise NotImplementedError
