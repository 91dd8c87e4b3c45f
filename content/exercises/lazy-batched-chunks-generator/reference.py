# Time O(n) over the whole input, space O(size): only the current batch is held.
from itertools import islice


def batched(iterable, size):
    """Return an iterator of lists with up to `size` consecutive items each."""
    if not isinstance(size, int) or size < 1:
        raise ValueError("size must be a positive integer")
    iterator = iter(iterable)

    def generate():
        while batch := list(islice(iterator, size)):
            yield batch

    return generate()
