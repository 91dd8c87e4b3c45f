from math import isqrt


def primes_up_to(n: int) -> list[int]:
    # Time O(n log log n), space O(n): sieve of Eratosthenes; each prime p
    # crosses out its multiples from p * p on.
    if n < 2:
        return []
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, isqrt(n) + 1):
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
    return [i for i, flag in enumerate(is_prime) if flag]
