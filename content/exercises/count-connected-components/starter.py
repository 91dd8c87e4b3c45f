def count_components(n: int, links: list[list[int]]) -> int:
    """Return the number of connected groups among machines 0..n-1."""
    raise NotImplementedError
