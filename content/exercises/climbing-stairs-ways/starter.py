def count_stair_climbs(n: int) -> int:
    """Return the number of 1-or-2-stair move sequences that climb n stairs."""
    raise NotImplementedError
