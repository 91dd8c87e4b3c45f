def count_decodings(digits: str) -> int:
    """Return how many letter messages (A=1 ... Z=26) encode to digits."""
    raise NotImplementedError
