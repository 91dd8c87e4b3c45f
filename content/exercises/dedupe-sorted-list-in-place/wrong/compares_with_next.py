def dedupe_sorted(nums):
    write = 0
    for i in range(len(nums) - 1):
        if nums[i] != nums[i + 1]:
            nums[write] = nums[i]
            write += 1
    del nums[write:]
    return nums
