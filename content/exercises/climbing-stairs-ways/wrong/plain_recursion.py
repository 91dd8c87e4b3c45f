def count_stair_climbs(n: int) -> int:
    if n <= 1:
        return 1
    return count_stair_climbs(n - 1) + count_stair_climbs(n - 2)
