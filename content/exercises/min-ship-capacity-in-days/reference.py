# Time O(n log S) where S = sum(weights), space O(1): binary search on the capacity
# with a greedy O(n) feasibility check.
def _days_needed(weights: list[int], capacity: int) -> int:
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    return days


def min_capacity(weights: list[int], days: int) -> int:
    """Return the least truck capacity that ships weights, in order, within days."""
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if _days_needed(weights, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
