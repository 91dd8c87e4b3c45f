def max_window_sum(nums, k):
    best = None
    for start in range(len(nums) - k + 1):
        total = 0
        for j in range(start, start + k):
            total += nums[j]
        if best is None or total > best:
            best = total
    return best
