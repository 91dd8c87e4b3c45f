# Time O(n^2), space O(n) for the sorted copy: fix the first value, then two pointers.
def zero_sum_triplets(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    n = len(nums)
    found = []
    for i in range(n - 2):
        if nums[i] > 0:
            break  # the remaining values are all positive
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        left, right = i + 1, n - 1
        while left < right:
            total = nums[i] + nums[left] + nums[right]
            if total < 0:
                left += 1
            elif total > 0:
                right -= 1
            else:
                found.append([nums[i], nums[left], nums[right]])
                left += 1
                right -= 1
                while left < right and nums[left] == nums[left - 1]:
                    left += 1
                while left < right and nums[right] == nums[right + 1]:
                    right -= 1
    return found
