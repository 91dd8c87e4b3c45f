def earliest_crossing(heights: list[list[int]]) -> int:
    """Return the earliest time at which the bottom-right cell is reachable by swimming."""
    raise NotImplementedError
