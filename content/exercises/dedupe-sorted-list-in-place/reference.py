# Time O(n), space O(1): a write index compacts unique values to the front, then truncate.
def dedupe_sorted(nums: list[int]) -> list[int]:
    write = 0
    for value in nums:
        if write == 0 or value != nums[write - 1]:
            nums[write] = value
            write += 1
    del nums[write:]
    return nums
