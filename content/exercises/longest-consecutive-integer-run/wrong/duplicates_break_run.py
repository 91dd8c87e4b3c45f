def longest_run(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = current = 1
    for prev, cur in zip(nums, nums[1:]):
        if cur == prev + 1:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
