import functools
import time


def retry(attempts=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    """Return a decorator that retries the function on the given exceptions.

    attempts: total number of calls allowed (>= 1, else ValueError).
    exceptions: tuple of exception types that trigger a retry.
    delay: seconds passed to sleep() between attempts.
    sleep: the function used to wait (injected for tests).
    """
    raise NotImplementedError
