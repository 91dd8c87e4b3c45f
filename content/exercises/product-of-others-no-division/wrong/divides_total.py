def product_of_others(nums):
    total = 1
    for x in nums:
        total *= x
    return [total // x for x in nums]
