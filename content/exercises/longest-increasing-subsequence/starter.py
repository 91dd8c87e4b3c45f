def lis_length(nums: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence."""
    raise NotImplementedError
