def best_pack_value(weights: list[int], values: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for wt, val in zip(weights, values):
        for w in range(wt, capacity + 1):  # upward: the item can be reused
            best[w] = max(best[w], best[w - wt] + val)
    return best[capacity]
