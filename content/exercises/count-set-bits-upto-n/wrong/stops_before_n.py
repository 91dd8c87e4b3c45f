def set_bit_counts(n: int) -> list[int]:
    counts = []
    for i in range(n):  # should run to n inclusive
        counts.append(counts[i >> 1] + (i & 1) if i else 0)
    return counts
