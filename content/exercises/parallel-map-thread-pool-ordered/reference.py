# Time O(n) scheduling plus the calls, run max_workers at a time; space O(n) futures and results.
from concurrent.futures import ThreadPoolExecutor, wait


def parallel_map(func, items, max_workers=4, return_exceptions=False):
    """Apply func to items in a thread pool; results in input order."""
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        wait(futures)
    results = []
    for future in futures:
        error = future.exception()
        if error is not None:
            if not return_exceptions:
                raise error
            results.append(error)
        else:
            results.append(future.result())
    return results
