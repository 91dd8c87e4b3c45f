def max_non_adjacent_sum(houses: list[int]) -> int:
    """Return the largest sum of elements with no two at adjacent indices."""
    raise NotImplementedError
