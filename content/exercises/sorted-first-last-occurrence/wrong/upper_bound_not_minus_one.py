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
    first = _lb(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, _lb(nums, target + 1)]
