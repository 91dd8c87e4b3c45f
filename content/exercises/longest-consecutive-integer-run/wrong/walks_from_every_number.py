def longest_run(nums):
    values = set(nums)
    best = 0
    for x in values:
        length = 1
        while x + length in values:
            length += 1
        best = max(best, length)
    return best
