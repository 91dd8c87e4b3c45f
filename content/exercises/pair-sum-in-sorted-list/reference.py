# Time O(n), space O(1): two indices move towards each other, one step per comparison.
def pair_with_sum(nums: list[int], target: int) -> list[int]:
    left, right = 0, len(nums) - 1
    while left < right:
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    raise ValueError("no pair sums to target")
