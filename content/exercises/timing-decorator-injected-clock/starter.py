import functools
import time


def timed(registry, clock=time.perf_counter):
    """Return a decorator recording each call's duration in registry[qualname]."""
    raise NotImplementedError
