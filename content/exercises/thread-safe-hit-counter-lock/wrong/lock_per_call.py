import threading


class HitCounter:
    """Per-key hit counts kept in a store with plain get/set, safe across threads."""

    def __init__(self, store):
        self._store = store

    def _read(self, key):
        value = self._store.get(key)
        return 0 if value is None else value

    def hit(self, key, n=1):
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError("n must be a positive integer")
        with threading.Lock():
            count = self._read(key) + n
            self._store.set(key, count)
            return count

    def hits(self, key):
        with threading.Lock():
            return self._read(key)

    def hit_if_below(self, key, limit):
        with threading.Lock():
            count = self._read(key)
            if count >= limit:
                return False
            self._store.set(key, count + 1)
            return True

    def reset(self, key):
        with threading.Lock():
            previous = self._read(key)
            self._store.set(key, 0)
            return previous
