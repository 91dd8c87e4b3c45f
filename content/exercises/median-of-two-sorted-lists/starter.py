def median_two_sorted(a: list[int], b: list[int]) -> float:
    """Return the median of the union of two sorted lists."""
    raise NotImplementedError
