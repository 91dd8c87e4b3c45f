def find_unpaired(nums: list[int]) -> int:
    ordered = sorted(nums)
    for i in range(0, len(ordered) - 1, 2):
        if ordered[i] != ordered[i + 1]:
            return ordered[i]
    # missing: return ordered[-1] when the unpaired value sorts last
