def batched(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    items = list(iterable)
    return iter([items[i:i + size] for i in range(0, len(items), size)])
