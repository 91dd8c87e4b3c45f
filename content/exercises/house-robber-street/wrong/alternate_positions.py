def max_non_adjacent_sum(houses: list[int]) -> int:
    return max(sum(houses[0::2]), sum(houses[1::2]))
