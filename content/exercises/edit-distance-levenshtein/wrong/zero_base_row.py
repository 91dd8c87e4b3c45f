def edit_distance(source: str, target: str) -> int:
    m, n = len(source), len(target)
    d = [[0] * (n + 1) for _ in range(m + 1)]  # row 0 / column 0 left at 0
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if source[i - 1] == target[j - 1]:
                d[i][j] = d[i - 1][j - 1]
            else:
                d[i][j] = 1 + min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1])
    return d[m][n]
