def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1 % modulus
    for _ in range(exponent):
        result = result * base % modulus
    return result
