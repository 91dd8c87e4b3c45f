def two_sum(nums, target):
    index = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = index.get(target - value)
        if j is not None:
            return sorted([i, j])
