def power_mod(base: int, exponent: int, modulus: int) -> int:
    if exponent == 0:
        return 1  # forgets that 1 % 1 == 0
    half = power_mod(base, exponent // 2, modulus)
    result = half * half % modulus
    if exponent % 2:
        result = result * base % modulus
    return result
