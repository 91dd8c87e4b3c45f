from collections import Counter


def word_in_grid(grid: list[list[str]], word: str) -> bool:
    rows, cols = len(grid), len(grid[0])
    available = Counter(ch for row in grid for ch in row)
    if any(available[ch] < k for ch, k in Counter(word).items()):
        return False

    def dfs(r, c, i):
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        # No "used" mark: the path may step back onto a cell it already used.
        return (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
