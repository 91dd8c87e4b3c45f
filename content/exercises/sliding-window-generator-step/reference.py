# Time O(n * size) to build the n output tuples (O(1) per item read), space O(size) with a bounded deque.
from collections import deque
from itertools import islice


def sliding_window(iterable, size, step=1):
    """Return an iterator over tuples of `size` consecutive items, advancing by `step`."""
    for name, value in (("size", size), ("step", step)):
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer")
    iterator = iter(iterable)

    def generate():
        window = deque(islice(iterator, size), maxlen=size)
        if len(window) < size:
            return
        yield tuple(window)
        while True:
            fresh = list(islice(iterator, step))
            if len(fresh) < step:
                return
            window.extend(fresh)  # maxlen drops the oldest items (all of them if step > size)
            yield tuple(window)

    return generate()
