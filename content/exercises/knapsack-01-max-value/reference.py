def best_pack_value(weights: list[int], values: list[int], capacity: int) -> int:
    # Time O(n * capacity), space O(capacity): best[w] is the best value with
    # weight at most w; each item is folded in with w going downward so that
    # best[w - wt] still describes the table *without* this item.
    best = [0] * (capacity + 1)
    for wt, val in zip(weights, values):
        for w in range(capacity, wt - 1, -1):
            candidate = best[w - wt] + val
            if candidate > best[w]:
                best[w] = candidate
    return best[capacity]
