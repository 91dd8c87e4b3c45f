def insert_interval(intervals, new):
    result = []
    placed = False
    for s, e in intervals:
        if placed or e < new[0]:
            result.append([s, e])
        elif s > new[1]:
            result.append(list(new))
            result.append([s, e])
            placed = True
        else:
            result.append([min(s, new[0]), max(e, new[1])])
            placed = True
    if not placed:
        result.append(list(new))
    return result
