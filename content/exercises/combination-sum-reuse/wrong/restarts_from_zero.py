def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result = []

    def search(chosen, remaining):
        if remaining == 0:
            result.append(list(chosen))
            return
        for value in candidates:  # always restarts at the first candidate
            if value <= remaining:
                search(chosen + [value], remaining - value)

    search([], target)
    return result
