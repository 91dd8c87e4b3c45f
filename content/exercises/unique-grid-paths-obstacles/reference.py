def count_grid_paths(grid: list[list[int]]) -> int:
    # Time O(rows * cols), space O(cols): paths[c] holds the count for the
    # current row; adding paths[c - 1] brings in paths from the left, while
    # the old paths[c] already holds the paths from above.
    cols = len(grid[0])
    paths = [0] * cols
    paths[0] = 1  # one way to be at the start (zeroed below if blocked)
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                paths[c] = 0
            elif c > 0:
                paths[c] += paths[c - 1]
    return paths[-1]
