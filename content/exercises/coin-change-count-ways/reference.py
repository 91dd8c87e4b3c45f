def count_change_ways(coins: list[int], amount: int) -> int:
    # Time O(amount * len(coins)), space O(amount): add one coin type at a
    # time; ways[a] counts combinations of the types seen so far. Coins in the
    # outer loop means each combination is counted once, whatever its order.
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
