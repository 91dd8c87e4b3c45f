class LRUCache:
    """Fixed-capacity cache that evicts the least recently used key."""

    def __init__(self, capacity):
        pass

    def get(self, key):
        """Return the value for key (marking it as used), or -1."""
        raise NotImplementedError

    def put(self, key, value):
        """Insert or update key, evicting the least recently used key if full."""
        raise NotImplementedError
