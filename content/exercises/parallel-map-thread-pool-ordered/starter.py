from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, max_workers=4, return_exceptions=False):
    """Apply func to items in a thread pool; results in input order."""
    raise NotImplementedError
