def count_queen_placements(n: int) -> int:
    # Time O(n!) in the worst case but heavily pruned (one queen per row, O(1)
    # checks); space O(n) recursion. Columns and both diagonal directions are
    # bitmasks; the diagonal masks shift by one square per row.
    full = (1 << n) - 1

    def place(cols: int, diag: int, anti: int) -> int:
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | diag | anti)
        while free:
            bit = free & -free
            free ^= bit
            total += place(cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1)
        return total

    return place(0, 0, 0)
