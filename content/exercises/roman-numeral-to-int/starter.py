def from_roman(numeral: str) -> int:
    """Return the integer value of a valid uppercase Roman numeral."""
    raise NotImplementedError
