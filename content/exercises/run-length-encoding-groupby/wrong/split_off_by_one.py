from itertools import groupby


def run_length_encode(items, max_run=None):
    encoded = []
    for value, group in groupby(items):
        length = sum(1 for _ in group)
        if max_run is None:
            encoded.append([value, length])
            continue
        full, rest = divmod(length, max_run)
        encoded.extend([value, max_run] for _ in range(full))
        encoded.append([value, rest])
    return encoded
