def is_balanced(text: str) -> bool:
    """Return True if every bracket in text is properly matched and nested."""
    raise NotImplementedError
