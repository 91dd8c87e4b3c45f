from collections import Counter


# Time O(n), space O(k) for k distinct characters: compare the two character counts.
def are_anagrams(first: str, second: str) -> bool:
    return len(first) == len(second) and Counter(first) == Counter(second)
