def pair_with_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j], i < j, with nums[i] + nums[j] == target (nums is sorted)."""
    raise NotImplementedError
