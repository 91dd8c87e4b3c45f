def count_islands(grid):
    cells = [list(row) for row in grid]

    def sink(r, c):
        if r < 0 or c < 0 or r >= len(cells) or c >= len(cells[0]) or cells[r][c] != "1":
            return
        cells[r][c] = "0"
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)

    count = 0
    for r in range(len(cells)):
        for c in range(len(cells[0])):
            if cells[r][c] == "1":
                count += 1
                sink(r, c)
    return count
