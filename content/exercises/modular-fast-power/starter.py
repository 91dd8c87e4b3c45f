def power_mod(base: int, exponent: int, modulus: int) -> int:
    """Return (base ** exponent) % modulus using repeated squaring."""
    raise NotImplementedError
