import functools


def memoize(func):
    """Cache func's results by its arguments; expose cache_info() and cache_clear()."""
    cache = {}
    stats = {"hits": 0, "misses": 0}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, frozenset(kwargs.items()))
        cached = cache.get(key)
        if cached:
            stats["hits"] += 1
            return cached
        stats["misses"] += 1
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    def cache_info():
        return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache)}

    def cache_clear():
        cache.clear()
        stats["hits"] = stats["misses"] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper
