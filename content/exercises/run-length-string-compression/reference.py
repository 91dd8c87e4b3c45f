from itertools import groupby


# Time O(n), space O(n): groupby yields each run once; the pieces are joined at the end.
def compress(text: str) -> str:
    pieces = [f"{char}{sum(1 for _ in run)}" for char, run in groupby(text)]
    encoded = "".join(pieces)
    return encoded if len(encoded) < len(text) else text
