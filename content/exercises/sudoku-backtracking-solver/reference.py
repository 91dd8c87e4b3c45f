def solve_sudoku(board: list[str]) -> list[str]:
    # Time: exponential in the worst case, but choosing the empty cell with the
    # fewest candidates keeps real puzzles to a few hundred nodes; space O(81).
    # Used digits per row, column and box are bitmasks (bit d = digit d used).
    grid = [list(row) for row in board]
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    empty: list[tuple[int, int]] = []
    for r in range(9):
        for c in range(9):
            ch = grid[r][c]
            if ch == ".":
                empty.append((r, c))
            else:
                bit = 1 << int(ch)
                rows[r] |= bit
                cols[c] |= bit
                boxes[r // 3 * 3 + c // 3] |= bit
    ALL = 0b1111111110  # bits 1..9

    def solve() -> bool:
        if not empty:
            return True
        # Pick the most constrained empty cell.
        best_i, best_free, best_count = -1, 0, 10
        for i, (r, c) in enumerate(empty):
            free = ALL & ~(rows[r] | cols[c] | boxes[r // 3 * 3 + c // 3])
            count = bin(free).count("1")
            if count < best_count:
                best_i, best_free, best_count = i, free, count
                if count <= 1:
                    break
        if best_count == 0:
            return False
        r, c = empty[best_i]
        empty[best_i] = empty[-1]
        empty.pop()
        b = r // 3 * 3 + c // 3
        free = best_free
        while free:
            bit = free & -free
            free ^= bit
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            grid[r][c] = str(bit.bit_length() - 1)
            if solve():
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        grid[r][c] = "."
        empty.append((r, c))
        empty[best_i], empty[-1] = empty[-1], empty[best_i]
        return False

    solve()
    return ["".join(row) for row in grid]
