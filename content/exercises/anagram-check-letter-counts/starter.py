def are_anagrams(first: str, second: str) -> bool:
    """Return True if second is a rearrangement of first."""
    pass
