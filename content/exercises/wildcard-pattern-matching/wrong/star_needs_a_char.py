def wildcard_match(text: str, pattern: str) -> bool:
    n, m = len(text), len(pattern)
    dp = [[False] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = True
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            p = pattern[j - 1]
            if p == "*":
                # one or more characters: forgot the "match nothing" option
                dp[i][j] = dp[i - 1][j - 1] or dp[i - 1][j]
            else:
                dp[i][j] = dp[i - 1][j - 1] and p in ("?", text[i - 1])
    return dp[n][m]
