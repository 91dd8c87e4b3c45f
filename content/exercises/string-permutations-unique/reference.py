from collections import Counter


def string_permutations(s: str) -> list[str]:
    # Time O(n * P), space O(n) besides the output, where P is the number of
    # distinct permutations: backtracking over the *distinct* remaining
    # letters, so no duplicate string is ever built.
    remaining = Counter(s)
    prefix: list[str] = []
    result: list[str] = []

    def backtrack() -> None:
        if len(prefix) == len(s):
            result.append("".join(prefix))
            return
        for ch in remaining:
            if remaining[ch] == 0:
                continue
            remaining[ch] -= 1
            prefix.append(ch)
            backtrack()
            prefix.pop()
            remaining[ch] += 1

    backtrack()
    return result
