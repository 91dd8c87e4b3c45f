def trapped_water(heights: list[int]) -> int:
    """Return how many units of water the bars of heights trap."""
    raise NotImplementedError
