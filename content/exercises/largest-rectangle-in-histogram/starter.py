def largest_rectangle(heights: list[int]) -> int:
    """Return the area of the largest rectangle inside the histogram."""
    raise NotImplementedError
