def count_subarrays(nums: list[int], target: int) -> int:
    """Return how many contiguous non-empty slices of nums sum to target."""
    raise NotImplementedError
