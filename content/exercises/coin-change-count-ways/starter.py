def count_change_ways(coins: list[int], amount: int) -> int:
    """Return how many multisets of coins (unlimited supply) sum to amount."""
    raise NotImplementedError
