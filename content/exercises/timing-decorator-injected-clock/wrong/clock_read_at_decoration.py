import functools
import time


def timed(registry, clock=time.perf_counter):
    def decorator(func):
        start = clock()

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            finally:
                registry.setdefault(func.__qualname__, []).append(clock() - start)

        return wrapper

    return decorator
