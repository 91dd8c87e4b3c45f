def count_queen_placements(n: int) -> int:
    """Return how many ways n non-attacking queens fit on an n x n board."""
    raise NotImplementedError
