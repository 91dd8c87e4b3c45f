def find_range(nums: list[int], target: int) -> list[int]:
    """Return [first, last] indices of target in sorted nums, or [-1, -1]."""
    raise NotImplementedError
