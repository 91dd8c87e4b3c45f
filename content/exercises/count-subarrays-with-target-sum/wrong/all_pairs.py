def count_subarrays(nums, target):
    count = 0
    for i in range(len(nums)):
        s = 0
        for j in range(i, len(nums)):
            s += nums[j]
            if s == target:
                count += 1
    return count
