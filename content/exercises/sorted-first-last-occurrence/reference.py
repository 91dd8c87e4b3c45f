# Time O(log n), space O(1): two lower-bound binary searches.
def _lower_bound(nums: list[int], x: int) -> int:
    """First index i with nums[i] >= x (len(nums) if there is none)."""
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def find_range(nums: list[int], target: int) -> list[int]:
    """Return [first, last] indices of target in sorted nums, or [-1, -1]."""
    first = _lower_bound(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, _lower_bound(nums, target + 1) - 1]
