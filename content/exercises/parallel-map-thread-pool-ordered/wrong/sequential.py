def parallel_map(func, items, max_workers=4, return_exceptions=False):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    results, first_error = [], None
    for item in items:
        try:
            results.append(func(item))
        except Exception as exc:
            if return_exceptions:
                results.append(exc)
            elif first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error
    return results
