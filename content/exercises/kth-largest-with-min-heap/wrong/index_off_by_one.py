def kth_largest(nums, k):
    ordered = sorted(nums, reverse=True)
    return ordered[min(k, len(ordered) - 1)]
