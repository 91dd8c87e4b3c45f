def reverse_bits(n: int) -> int:
    # Time O(32) = O(1), space O(1): pop bits off the low end of n and push
    # them onto the low end of the result, exactly 32 times.
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
