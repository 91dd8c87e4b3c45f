def fib_mod(n: int, m: int) -> int:
    """Return F(n) % m, where F(0) = 0, F(1) = 1."""
    raise NotImplementedError
