def is_power_of_two(n: int) -> bool:
    # Time O(1) for machine-size ints (O(bits) for big ones), space O(1): a
    # positive power of two has exactly one 1 bit, and n & (n - 1) clears the
    # lowest 1 bit, leaving 0 only in that case.
    return n > 0 and n & (n - 1) == 0
