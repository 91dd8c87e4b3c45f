def smallest_window(text: str, required: str) -> str:
    """Return the shortest substring of text containing every character of required (with counts)."""
    raise NotImplementedError
