def int_sqrt(n: int) -> int:
    """Return the largest r with r * r <= n, using integer arithmetic only."""
    raise NotImplementedError
