import sys
from math import gcd


def main() -> None:
    # Time O(n log M) arithmetic steps (Euclid per fold), space O(n): fold gcd
    # and lcm pairwise; lcm(a, b) = a // gcd(a, b) * b.
    data = sys.stdin.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + n]))
    g = 0
    l = 1
    for v in values:
        g = gcd(g, v)
        l = l // gcd(l, v) * v
    print(g)
    print(l)


if __name__ == "__main__":
    main()
