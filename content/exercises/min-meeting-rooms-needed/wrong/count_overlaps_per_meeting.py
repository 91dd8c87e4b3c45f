def min_rooms(meetings):
    best = 0
    for start, _ in meetings:
        running = 0
        for s, e in meetings:
            if s <= start < e:
                running += 1
        best = max(best, running)
    return best
