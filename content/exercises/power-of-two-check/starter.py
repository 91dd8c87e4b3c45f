def is_power_of_two(n: int) -> bool:
    """Return True if n == 2**k for some integer k >= 0."""
    raise NotImplementedError
