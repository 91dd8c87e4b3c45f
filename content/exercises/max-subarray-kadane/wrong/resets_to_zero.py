def max_run_sum(nums: list[int]) -> int:
    best = running = 0
    for x in nums:
        running = max(0, running + x)
        best = max(best, running)
    return best
