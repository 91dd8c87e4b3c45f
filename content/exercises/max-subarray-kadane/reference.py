def max_run_sum(nums: list[int]) -> int:
    # Time O(n), space O(1) (Kadane): best_here is the best sum of a run ending
    # at the current element; it either extends the previous run or restarts.
    best_here = best = nums[0]
    for x in nums[1:]:
        best_here = max(x, best_here + x)
        best = max(best, best_here)
    return best
