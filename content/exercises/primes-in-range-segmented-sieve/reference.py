from math import isqrt


def count_primes_between(low: int, high: int) -> int:
    # Time O(sqrt(H) log log H + W log log H), space O(sqrt(H) + W), with
    # W = high - low + 1: sieve the primes up to sqrt(high), then use them to
    # cross out composites in a window of W flags (a segmented sieve).
    limit = isqrt(high)
    small = bytearray([1]) * (limit + 1)
    small[:2] = b"\x00\x00"[: limit + 1]
    for p in range(2, isqrt(limit) + 1):
        if small[p]:
            small[p * p::p] = bytes(len(range(p * p, limit + 1, p)))

    window = bytearray([1]) * (high - low + 1)  # window[i] <-> low + i
    for p in range(2, limit + 1):
        if small[p]:
            start = max(p * p, (low + p - 1) // p * p)
            if start <= high:
                window[start - low::p] = bytes(len(range(start, high + 1, p)))
    for value in range(low, min(2, high + 1)):  # 0 and 1 are not prime
        window[value - low] = 0
    return window.count(1)
