# Time O(n), space O(number of runs): one pass with itertools.groupby.
from itertools import groupby


def run_length_encode(items: list, max_run=None) -> list:
    """Return [value, count] pairs for each run of adjacent equal items."""
    encoded = []
    for value, group in groupby(items):
        length = sum(1 for _ in group)
        if max_run is None:
            encoded.append([value, length])
            continue
        full, rest = divmod(length, max_run)
        encoded.extend([value, max_run] for _ in range(full))
        if rest:
            encoded.append([value, rest])
    return encoded
