from collections import Counter


def word_in_grid(grid: list[list[str]], word: str) -> bool:
    # Time O(R * C * 3^L) in the worst case (each step has at most 3 unused
    # neighbours), space O(L) recursion. A letter-count check rejects
    # impossible words before any search.
    rows, cols = len(grid), len(grid[0])
    available = Counter(ch for row in grid for ch in row)
    if any(available[ch] < k for ch, k in Counter(word).items()):
        return False

    def dfs(r: int, c: int, i: int) -> bool:
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        saved, grid[r][c] = grid[r][c], "#"  # mark as used
        found = any(
            0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
        )
        grid[r][c] = saved  # unmark for other paths
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
