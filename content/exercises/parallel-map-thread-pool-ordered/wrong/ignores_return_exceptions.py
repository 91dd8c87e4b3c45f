from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, max_workers=4, return_exceptions=False):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items))
