def count_primes_between(low: int, high: int) -> int:
    count = 0
    for n in range(max(low, 2), high + 1):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count
