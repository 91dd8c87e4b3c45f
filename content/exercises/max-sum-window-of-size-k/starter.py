def max_window_sum(nums: list[int], k: int) -> int:
    """Return the largest sum of k consecutive elements of nums."""
    raise NotImplementedError
