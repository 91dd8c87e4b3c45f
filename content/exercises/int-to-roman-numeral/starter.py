def to_roman(number: int) -> str:
    """Return the standard Roman numeral for 1 <= number <= 3999."""
    raise NotImplementedError
