def sliding_window(iterable, size, step=1):
    """Return an iterator over tuples of `size` consecutive items, advancing by `step`."""
    raise NotImplementedError
