def string_permutations(s: str) -> list[str]:
    # Swap-based permutation that tries to skip repeats by comparing with
    # chars[start] only; after earlier swaps the same letter can still be
    # placed at `start` twice, so some strings come out more than once.
    chars = list(s)
    result = []

    def permute(start):
        if start == len(chars):
            result.append("".join(chars))
            return
        for i in range(start, len(chars)):
            if i != start and chars[i] == chars[start]:
                continue
            chars[start], chars[i] = chars[i], chars[start]
            permute(start + 1)
            chars[start], chars[i] = chars[i], chars[start]

    permute(0)
    return result
