def dedupe_sorted(nums):
    unique = list(set(nums))
    nums[:] = unique
    return nums
