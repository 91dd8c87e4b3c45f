def days_until_warmer(temps: list[int]) -> list[int]:
    """For each day, return how many days until a strictly warmer one (0 if none)."""
    raise NotImplementedError
