def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest value of nums (duplicates count separately)."""
    raise NotImplementedError
