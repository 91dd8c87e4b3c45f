from collections import Counter


# Time O(n), space O(n): count earlier prefix sums equal to (running sum - target).
def count_subarrays(nums: list[int], target: int) -> int:
    seen = Counter({0: 1})
    running = total = 0
    for x in nums:
        running += x
        total += seen[running - target]
        seen[running] += 1
    return total
