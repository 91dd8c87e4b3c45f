import functools
import time


def timed(registry, clock=time.perf_counter):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            result = func(*args, **kwargs)
            registry.setdefault(func.__qualname__, []).append(clock() - start)
            return result

        return wrapper

    return decorator
