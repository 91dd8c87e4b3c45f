from itertools import permutations


def string_permutations(s: str) -> list[str]:
    # Correct output, but it walks all n! orderings before removing repeats.
    return list({"".join(p) for p in permutations(s)})
