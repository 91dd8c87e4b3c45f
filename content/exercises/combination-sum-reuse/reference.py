def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    # Time O(k * N) where N is the number of search nodes and k = target //
    # min(candidates) the longest combination (copied once per answer); space
    # O(k) for the recursion. Values are chosen in non-decreasing index order,
    # so each multiset is built exactly once; sorting lets a loop stop at the
    # first value that is too big.
    values = sorted(candidates)
    result: list[list[int]] = []
    chosen: list[int] = []

    def search(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            search(i, remaining - values[i])  # i, not i + 1: reuse allowed
            chosen.pop()

    search(0, target)
    return result
