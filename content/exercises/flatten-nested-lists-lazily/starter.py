def flatten(nested):
    """Yield the non-list, non-tuple leaves of `nested`, depth-first, left to right."""
    raise NotImplementedError
