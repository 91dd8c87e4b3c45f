def set_bit_counts(n: int) -> list[int]:
    # Time O(n), space O(n): i >> 1 is i without its lowest bit, whose count
    # is already known, so counts[i] = counts[i >> 1] + (i & 1).
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
