# Time O(n), space O(n): copy the intervals before, fold the overlapping ones, copy the rest.
def insert_interval(intervals: list[list[int]], new: list[int]) -> list[list[int]]:
    """Insert new into sorted disjoint intervals, merging where they overlap or touch."""
    start, end = new
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:          # entirely before new
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:           # overlaps or touches new
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(iv) for iv in intervals[i:])   # entirely after new
    return result
