def count_subarrays(nums, target):
    count = 0
    left = 0
    window = 0
    for right, x in enumerate(nums):
        window += x
        while window > target and left <= right:
            window -= nums[left]
            left += 1
        if window == target and left <= right:
            count += 1
    return count
