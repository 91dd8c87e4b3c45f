def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    """Insert new into sorted disjoint intervals, merging where they overlap or touch."""
    raise NotImplementedError
