from bisect import bisect_left

def pair_with_sum(nums, target):
    for i, x in enumerate(nums):
        j = bisect_left(nums, target - x, i + 1)
        if nums[j] == target - x:
            return [i, j]
