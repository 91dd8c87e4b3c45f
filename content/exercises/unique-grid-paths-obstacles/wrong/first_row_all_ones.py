def count_grid_paths(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                dp[r][c] = 0
            elif r == 0 or c == 0:
                dp[r][c] = 1  # ignores obstacles earlier in the row/column
            else:
                dp[r][c] = dp[r - 1][c] + dp[r][c - 1]
    return dp[-1][-1]
