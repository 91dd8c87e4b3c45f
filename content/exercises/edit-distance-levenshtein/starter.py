def edit_distance(source: str, target: str) -> int:
    """Return the fewest inserts, deletes and replacements turning source into target."""
    raise NotImplementedError
