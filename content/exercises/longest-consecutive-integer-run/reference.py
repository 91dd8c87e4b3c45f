# Time O(n), space O(n): a set of the values; each run is walked once, from its start.
def longest_run(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 in values:
            continue  # not the start of a run
        end = x
        while end + 1 in values:
            end += 1
        best = max(best, end - x + 1)
    return best
