def earliest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    r = c = 0
    level = heights[0][0]
    seen = {(0, 0)}
    while (r, c) != (rows - 1, cols - 1):
        options = [(heights[nr][nc], nr, nc)
                   for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen]
        if not options:
            return -1
        h, r, c = min(options)
        seen.add((r, c))
        level = max(level, h)
    return level
