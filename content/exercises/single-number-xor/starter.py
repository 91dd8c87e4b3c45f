def find_unpaired(nums: list[int]) -> int:
    """Return the only value of nums that does not occur twice."""
    raise NotImplementedError
