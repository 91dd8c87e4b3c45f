# Time O(log n), space O(1): binary search over the half-open window [lo, hi).
def search_insert(nums: list[int], target: int) -> int:
    """Return the index of target in sorted nums, or where it would be inserted."""
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
