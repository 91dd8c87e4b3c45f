def max_water(heights: list[int]) -> int:
    """Return the most water that two walls of heights can hold."""
    raise NotImplementedError
