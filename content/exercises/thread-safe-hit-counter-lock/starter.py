import threading


class HitCounter:
    """Per-key hit counts kept in a store with plain get/set, safe across threads."""

    def __init__(self, store):
        raise NotImplementedError

    def hit(self, key, n=1):
        raise NotImplementedError

    def hits(self, key):
        raise NotImplementedError

    def hit_if_below(self, key, limit):
        raise NotImplementedError

    def reset(self, key):
        raise NotImplementedError
