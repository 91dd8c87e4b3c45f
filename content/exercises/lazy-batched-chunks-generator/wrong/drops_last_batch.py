def batched(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    return (list(group) for group in zip(*[iter(iterable)] * size))
