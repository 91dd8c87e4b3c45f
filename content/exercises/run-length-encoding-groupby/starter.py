def run_length_encode(items: list, max_run=None) -> list:
    """Return [value, count] pairs for each run of adjacent equal items."""
    raise NotImplementedError
