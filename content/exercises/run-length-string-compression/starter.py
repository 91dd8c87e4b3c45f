def compress(text: str) -> str:
    """Return the run-length encoding of text if it is shorter, else text."""
    raise NotImplementedError
