def _lb(nums, x):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def find_range(nums, target):
    if not nums:
        return [-1, -1]
    return [_lb(nums, target), _lb(nums, target + 1) - 1]
