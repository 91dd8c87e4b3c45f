# Time O(log n) multiplications, space O(1): binary search on the answer.
def int_sqrt(n: int) -> int:
    """Return the largest r with r * r <= n, using integer arithmetic only."""
    lo, hi = 0, n          # invariant: lo * lo <= n, the answer is in [lo, hi]
    while lo < hi:
        mid = (lo + hi + 1) // 2      # round up so lo = mid always makes progress
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
