from collections import defaultdict


# Time O(n * m log m) for n words of length up to m, space O(n * m):
# words with the same sorted letters share a dict entry.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())
