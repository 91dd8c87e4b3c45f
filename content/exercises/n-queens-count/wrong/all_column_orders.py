from itertools import permutations


def count_queen_placements(n: int) -> int:
    count = 0
    for cols in permutations(range(n)):
        if len({r - c for r, c in enumerate(cols)}) == n and \
           len({r + c for r, c in enumerate(cols)}) == n:
            count += 1
    return count
