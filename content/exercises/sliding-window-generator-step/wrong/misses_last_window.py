def sliding_window(iterable, size, step=1):
    if size < 1 or step < 1:
        raise ValueError("size and step must be positive")
    items = list(iterable)
    return iter([tuple(items[i:i + size]) for i in range(0, len(items) - size, step)])
