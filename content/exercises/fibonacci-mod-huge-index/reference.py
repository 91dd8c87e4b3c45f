def fib_mod(n: int, m: int) -> int:
    # Time O(log n), space O(log n) recursion: fast doubling.
    #   F(2k)     = F(k) * (2 * F(k + 1) - F(k))
    #   F(2k + 1) = F(k)**2 + F(k + 1)**2
    def pair(k: int) -> tuple[int, int]:
        """Return (F(k) % m, F(k + 1) % m)."""
        if k == 0:
            return 0, 1 % m
        a, b = pair(k // 2)
        even = a * (2 * b - a) % m  # F(2j) where j = k // 2
        odd = (a * a + b * b) % m   # F(2j + 1)
        if k % 2 == 0:
            return even, odd
        return odd, (even + odd) % m

    return pair(n)[0]
