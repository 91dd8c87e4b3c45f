def fewest_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins (unlimited supply) summing to amount, or -1."""
    raise NotImplementedError
