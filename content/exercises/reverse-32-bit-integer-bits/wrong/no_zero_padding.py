def reverse_bits(n: int) -> int:
    return int(bin(n)[2:][::-1], 2)
