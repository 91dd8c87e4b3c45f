def batched(iterable, size):
    """Return an iterator of lists with up to `size` consecutive items each."""
    raise NotImplementedError
