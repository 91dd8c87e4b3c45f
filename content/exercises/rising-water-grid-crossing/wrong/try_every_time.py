def earliest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    t = max(heights[0][0], heights[-1][-1])
    while True:
        seen = {(0, 0)}
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                        and heights[nr][nc] <= t):
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        if (rows - 1, cols - 1) in seen:
            return t
        t += 1
