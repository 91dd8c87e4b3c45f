# Time O(S) where S is the total number of characters, space O(n) per column:
# scan the words column by column and stop at the first column that disagrees.
def common_prefix(words: list[str]) -> str:
    prefix = []
    for column in zip(*words):
        if len(set(column)) != 1:
            break
        prefix.append(column[0])
    return "".join(prefix)
