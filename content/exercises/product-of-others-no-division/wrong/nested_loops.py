def product_of_others(nums):
    result = []
    for i in range(len(nums)):
        p = 1
        for j in range(len(nums)):
            if j != i:
                p *= nums[j]
        result.append(p)
    return result
