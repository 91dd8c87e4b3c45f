def to_base(number: int, base: int) -> str:
    """Return number written in the given base (2-36), lowercase digits, '-' if negative."""
    raise NotImplementedError
