def max_non_adjacent_sum(houses: list[int]) -> int:
    # Time O(n), space O(1): prev1 and prev2 are the best totals for the street
    # up to the previous house and up to the one before it; each house is
    # either skipped (prev1) or robbed (prev2 + cash).
    prev2, prev1 = 0, 0
    for cash in houses:
        prev2, prev1 = prev1, max(prev1, prev2 + cash)
    return prev1
