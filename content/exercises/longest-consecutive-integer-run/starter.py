def longest_run(nums: list[int]) -> int:
    """Return the length of the longest run of consecutive integers in nums."""
    raise NotImplementedError
