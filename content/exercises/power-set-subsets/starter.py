def all_subsets(nums: list[int]) -> list[list[int]]:
    """Return every subset of nums (distinct values), in any order.

    all_subsets([1, 2]) -> [[], [1], [2], [1, 2]]
    """
    raise NotImplementedError
