def set_bit_counts(n: int) -> list[int]:
    """Return [popcount(0), popcount(1), ..., popcount(n)]."""
    raise NotImplementedError
