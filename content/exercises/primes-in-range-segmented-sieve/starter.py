def count_primes_between(low: int, high: int) -> int:
    """Return how many primes p satisfy low <= p <= high."""
    raise NotImplementedError
