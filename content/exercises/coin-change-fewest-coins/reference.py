def fewest_coins(coins: list[int], amount: int) -> int:
    # Time O(amount * len(coins)), space O(amount): best[a] is the fewest coins
    # making a, built from smaller amounts (the last coin taken is some c).
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == INF else best[amount]
