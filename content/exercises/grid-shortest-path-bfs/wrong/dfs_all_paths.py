def shortest_path_length(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == "#" or grid[-1][-1] == "#":
        return -1
    best = float("inf")
    on_path = {(0, 0)}
    stack = [(0, 0, 0, iter(((1, 0), (0, 1), (-1, 0), (0, -1))))]
    while stack:
        r, c, d, moves = stack[-1]
        if (r, c) == (rows - 1, cols - 1):
            best = min(best, d)
            stack.pop()
            on_path.discard((r, c))
            continue
        for dr, dc in moves:
            nr, nc = r + dr, c + dc
            if (0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "."
                    and (nr, nc) not in on_path):
                on_path.add((nr, nc))
                stack.append((nr, nc, d + 1, iter(((1, 0), (0, 1), (-1, 0), (0, -1)))))
                break
        else:
            stack.pop()
            on_path.discard((r, c))
    return -1 if best == float("inf") else best
