def top_k_words(text: str, k: int) -> list:
    """Return the k most frequent words as [word, count] pairs (count desc, then word asc)."""
    raise NotImplementedError
