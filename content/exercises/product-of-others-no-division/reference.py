# Time O(n), space O(1) besides the output: left running products, then right ones.
def product_of_others(nums: list[int]) -> list[int]:
    n = len(nums)
    result = [1] * n
    running = 1
    for i in range(n):
        result[i] = running
        running *= nums[i]
    running = 1
    for i in range(n - 1, -1, -1):
        result[i] *= running
        running *= nums[i]
    return result
