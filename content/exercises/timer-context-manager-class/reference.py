# Time O(1) per block (two clock reads), space O(number of blocks) for the history.
import time


class Timer:
    """Context manager measuring the duration of a with block."""

    def __init__(self, clock=time.perf_counter):
        self._clock = clock
        self._start = None
        self._last = 0.0
        self.history = []

    @property
    def running(self):
        return self._start is not None

    @property
    def elapsed(self):
        if self._start is not None:
            return self._clock() - self._start
        return self._last

    def __enter__(self):
        if self.running:
            raise RuntimeError("timer is already running")
        self._start = self._clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self._last = self._clock() - self._start
        self._start = None
        self.history.append(self._last)
        return False
