def min_capacity(weights: list[int], days: int) -> int:
    """Return the least truck capacity that ships weights, in order, within days."""
    raise NotImplementedError
