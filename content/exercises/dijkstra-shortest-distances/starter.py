def shortest_distances(n: int, roads: list[list[int]], source: int) -> list[int]:
    """Return the cheapest cost from source to every place (-1 if unreachable)."""
    raise NotImplementedError
