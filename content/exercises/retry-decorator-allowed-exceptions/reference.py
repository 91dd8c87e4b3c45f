# Time O(attempts) calls of the wrapped function, space O(1) extra.
import functools
import time


def retry(attempts=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    """Return a decorator that retries the function on the given exceptions."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    exceptions = tuple(exceptions)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                    sleep(delay)

        return wrapper

    return decorator
