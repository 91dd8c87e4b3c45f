def solve_sudoku(board: list[str]) -> list[str]:
    grid = [list(row) for row in board]
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    for r in range(9):
        for c in range(9):
            d = grid[r][c]
            if d != ".":
                rows[r].add(d)
                cols[c].add(d)
                boxes[r // 3 * 3 + c // 3].add(d)

    def solve(pos):
        while pos < 81 and grid[pos // 9][pos % 9] != ".":
            pos += 1
        if pos == 81:
            return True
        r, c = divmod(pos, 9)
        b = r // 3 * 3 + c // 3
        for d in "123456789":
            if d not in rows[r] and d not in cols[c] and d not in boxes[b]:
                grid[r][c] = d
                rows[r].add(d); cols[c].add(d); boxes[b].add(d)
                if solve(pos + 1):
                    return True
                rows[r].remove(d); cols[c].remove(d); boxes[b].remove(d)
                grid[r][c] = "."
        return False

    solve(0)
    return ["".join(row) for row in grid]
