def merge_k_sorted(lists: list[list[int]]) -> list[int]:
    """Merge k individually sorted lists into one sorted list."""
    raise NotImplementedError
