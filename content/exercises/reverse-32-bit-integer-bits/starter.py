def reverse_bits(n: int) -> int:
    """Return n (unsigned 32-bit) with the order of its 32 bits reversed."""
    raise NotImplementedError
