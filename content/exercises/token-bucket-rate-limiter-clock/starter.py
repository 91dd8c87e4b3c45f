import time


class TokenBucket:
    """Allow bursts of up to `capacity` requests and `rate` requests per second on average."""

    def __init__(self, capacity, rate, clock=time.monotonic):
        raise NotImplementedError

    def allow(self, tokens=1):
        raise NotImplementedError

    def available(self):
        raise NotImplementedError

    def wait_time(self, tokens=1):
        raise NotImplementedError
