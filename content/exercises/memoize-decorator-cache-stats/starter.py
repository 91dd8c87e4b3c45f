import functools


def memoize(func):
    """Cache func's results by its arguments; expose cache_info() and cache_clear()."""
    raise NotImplementedError
