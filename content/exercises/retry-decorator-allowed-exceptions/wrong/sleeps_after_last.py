import functools
import time


def retry(attempts=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for _ in range(attempts):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    sleep(delay)
            raise last

        return wrapper

    return decorator
