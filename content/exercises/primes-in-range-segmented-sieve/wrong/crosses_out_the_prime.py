from math import isqrt


def count_primes_between(low: int, high: int) -> int:
    limit = isqrt(high)
    small = [True] * (limit + 1)
    small[0:2] = [False] * min(2, limit + 1)
    for p in range(2, isqrt(limit) + 1):
        if small[p]:
            for q in range(p * p, limit + 1, p):
                small[q] = False
    window = bytearray([1]) * (high - low + 1)
    for p in range(2, limit + 1):
        if small[p]:
            start = (low + p - 1) // p * p  # may be p itself
            window[start - low::p] = bytes(len(range(start, high + 1, p)))
    if low <= 1:
        window[1 - low] = 0
    return window.count(1)
