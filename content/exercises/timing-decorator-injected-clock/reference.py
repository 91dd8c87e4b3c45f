# Time O(1) extra per call (two clock reads and a list append), space O(number of calls) in the registry.
import functools
import time


def timed(registry, clock=time.perf_counter):
    """Return a decorator recording each call's duration in registry[qualname]."""

    def decorator(func):
        name = func.__qualname__

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                registry.setdefault(name, []).append(clock() - start)

        return wrapper

    return decorator
