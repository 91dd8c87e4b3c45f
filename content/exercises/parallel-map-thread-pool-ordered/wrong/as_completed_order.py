from concurrent.futures import ThreadPoolExecutor, as_completed


def parallel_map(func, items, max_workers=4, return_exceptions=False):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    results, first_error = [], None
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        for future in as_completed(futures):
            error = future.exception()
            if error is None:
                results.append(future.result())
            elif return_exceptions:
                results.append(error)
            elif first_error is None:
                first_error = error
    if first_error is not None:
        raise first_error
    return results
