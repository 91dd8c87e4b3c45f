def primes_up_to(n: int) -> list[int]:
    """Return all primes <= n in increasing order."""
    raise NotImplementedError
