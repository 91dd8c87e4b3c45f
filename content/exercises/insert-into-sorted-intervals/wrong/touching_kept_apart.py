def insert_interval(intervals, new):
    start, end = new
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] <= start:
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] < end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(iv) for iv in intervals[i:])
    return result
