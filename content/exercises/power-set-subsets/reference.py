def all_subsets(nums: list[int]) -> list[list[int]]:
    # Time O(n * 2^n), space O(n * 2^n) for the output: each value doubles the
    # list by adding itself to a copy of every subset built so far.
    subsets: list[list[int]] = [[]]
    for value in nums:
        subsets += [subset + [value] for subset in subsets]
    return subsets
