from functools import reduce
from operator import xor


def find_unpaired(nums: list[int]) -> int:
    # Time O(n), space O(1): XOR is associative and commutative and x ^ x == 0,
    # so all pairs cancel and the unpaired value is left.
    return reduce(xor, nums, 0)
