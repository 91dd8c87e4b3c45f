def max_run_sum(nums: list[int]) -> int:
    """Return the largest sum of a non-empty contiguous slice of nums."""
    raise NotImplementedError
