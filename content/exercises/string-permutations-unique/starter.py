def string_permutations(s: str) -> list[str]:
    """Return every distinct permutation of s, in any order.

    string_permutations("ab") -> ["ab", "ba"]
    string_permutations("") -> [""]
    """
    raise NotImplementedError
