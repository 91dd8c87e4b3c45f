def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return every multiset of candidates (reuse allowed) that sums to target.

    combination_sum([3, 5, 8], 11) -> [[3, 3, 5], [3, 8]]  (any order)
    """
    raise NotImplementedError
