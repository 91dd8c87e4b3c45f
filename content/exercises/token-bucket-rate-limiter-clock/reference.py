# Every method is O(1) time and the bucket uses O(1) space: refills are computed lazily from elapsed time.
import time


class TokenBucket:
    """Allow bursts of up to `capacity` requests and `rate` requests per second on average."""

    def __init__(self, capacity, rate, clock=time.monotonic):
        if capacity <= 0 or rate <= 0:
            raise ValueError("capacity and rate must be positive")
        self.capacity = capacity
        self.rate = rate
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self):
        now = self._clock()
        elapsed = max(0.0, now - self._last)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._last = max(self._last, now)

    def _check(self, tokens):
        if tokens <= 0 or tokens > self.capacity:
            raise ValueError(f"tokens must be in (0, {self.capacity}]")

    def allow(self, tokens=1):
        self._check(tokens)
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    def available(self):
        self._refill()
        return float(self._tokens)

    def wait_time(self, tokens=1):
        self._check(tokens)
        self._refill()
        return max(0.0, (tokens - self._tokens) / self.rate)
