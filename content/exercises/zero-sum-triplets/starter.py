def zero_sum_triplets(nums: list[int]) -> list[list[int]]:
    """Return every distinct triplet of values from nums that sums to zero."""
    raise NotImplementedError
