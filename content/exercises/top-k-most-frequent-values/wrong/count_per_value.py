def top_k_frequent(nums, k):
    distinct = set(nums)
    ranked = sorted(distinct, key=nums.count, reverse=True)
    return ranked[:k]
