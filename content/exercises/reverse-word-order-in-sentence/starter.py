def reverse_words(sentence: str) -> str:
    """Return the words of sentence in reverse order, single-space separated."""
    raise NotImplementedError
