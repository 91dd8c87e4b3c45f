# Each operation is O(1) store calls; one lock serialises all read-modify-write sequences.
import threading


class HitCounter:
    """Per-key hit counts kept in a store with plain get/set, safe across threads."""

    def __init__(self, store):
        self._store = store
        self._lock = threading.Lock()

    def _read(self, key):
        value = self._store.get(key)
        return 0 if value is None else value

    def hit(self, key, n=1):
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError("n must be a positive integer")
        with self._lock:
            count = self._read(key) + n
            self._store.set(key, count)
            return count

    def hits(self, key):
        with self._lock:
            return self._read(key)

    def hit_if_below(self, key, limit):
        with self._lock:
            count = self._read(key)
            if count >= limit:
                return False
            self._store.set(key, count + 1)
            return True

    def reset(self, key):
        with self._lock:
            previous = self._read(key)
            self._store.set(key, 0)
            return previous
