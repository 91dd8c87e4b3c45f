def is_clean_palindrome(text: str) -> bool:
    """Return True if text is a palindrome over its letters and digits, ignoring case."""
    raise NotImplementedError
