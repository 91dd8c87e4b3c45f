def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words of the input that are anagrams of each other."""
    raise NotImplementedError
