def fib_mod(n: int, m: int) -> int:
    # Matrix power of [[1, 1], [1, 0]], but seeded as if F(0) were 1.
    def mul(x, y):
        return [[(x[0][0] * y[0][0] + x[0][1] * y[1][0]) % m, (x[0][0] * y[0][1] + x[0][1] * y[1][1]) % m],
                [(x[1][0] * y[0][0] + x[1][1] * y[1][0]) % m, (x[1][0] * y[0][1] + x[1][1] * y[1][1]) % m]]

    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    k = n
    while k:
        if k & 1:
            result = mul(result, base)
        base = mul(base, base)
        k >>= 1
    return (result[0][0]) % m  # this is F(n + 1), not F(n)
