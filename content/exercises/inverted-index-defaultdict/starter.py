def inverted_index(docs: dict, stop_words: list) -> dict:
    """Map each non-stop word to the sorted list of ids of documents containing it."""
    raise NotImplementedError
