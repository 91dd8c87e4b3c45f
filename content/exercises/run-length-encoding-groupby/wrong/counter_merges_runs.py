from collections import Counter


def run_length_encode(items, max_run=None):
    encoded = []
    for value, length in Counter(items).items():
        if max_run is None:
            encoded.append([value, length])
            continue
        while length > 0:
            encoded.append([value, min(length, max_run)])
            length -= max_run
    return encoded
