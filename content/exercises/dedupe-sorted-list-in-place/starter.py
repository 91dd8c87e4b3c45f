def dedupe_sorted(nums: list[int]) -> list[int]:
    """Remove repeated values from the sorted list nums in place and return it."""
    raise NotImplementedError
