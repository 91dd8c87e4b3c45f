def two_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j] with i < j and nums[i] + nums[j] == target."""
    raise NotImplementedError
