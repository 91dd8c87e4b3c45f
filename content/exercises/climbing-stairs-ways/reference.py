def count_stair_climbs(n: int) -> int:
    # Time O(n), space O(1): ways(k) = ways(k - 1) + ways(k - 2), keeping only
    # the last two values. For n = 0 the loop does not run and ways(0) = 1.
    prev, curr = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        prev, curr = curr, prev + curr
    return curr
