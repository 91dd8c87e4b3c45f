def power_mod(base: int, exponent: int, modulus: int) -> int:
    # Time O(log exponent) multiplications, space O(1): binary exponentiation.
    # `square` runs through base**1, base**2, base**4, ... (mod m) and is
    # multiplied into the result for every 1 bit of the exponent.
    result = 1 % modulus
    square = base % modulus
    while exponent:
        if exponent & 1:
            result = result * square % modulus
        square = square * square % modulus
        exponent >>= 1
    return result
