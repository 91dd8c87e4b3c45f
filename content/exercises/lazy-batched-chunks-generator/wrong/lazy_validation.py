from itertools import islice


def batched(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch
