# Time O(rows * cols), space O(rows * cols): breadth-first search from the start cell.
from collections import deque


def shortest_path_length(grid: list[str]) -> int:
    """Return the fewest moves from the top-left to the bottom-right cell, or -1."""
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == "#" or grid[rows - 1][cols - 1] == "#":
        return -1
    target = (rows - 1, cols - 1)
    queue = deque([(0, 0, 0)])
    seen = {(0, 0)}
    while queue:
        r, c, dist = queue.popleft()
        if (r, c) == target:
            return dist
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "."
                    and (nr, nc) not in seen):
                seen.add((nr, nc))
                queue.append((nr, nc, dist + 1))
    return -1
