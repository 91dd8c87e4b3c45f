def min_rooms(meetings: list[list[int]]) -> int:
    """Return the fewest rooms that can host all meetings without clashes."""
    raise NotImplementedError
