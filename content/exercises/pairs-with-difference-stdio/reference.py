import sys
from collections import Counter


# Time O(n), space O(n): count every value, then pair each value v with v + k.
def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    counts = Counter(map(int, data[2:2 + n]))
    if k == 0:
        pairs = sum(c * (c - 1) // 2 for c in counts.values())
    else:
        pairs = sum(c * counts.get(v + k, 0) for v, c in counts.items())
    print(pairs)


if __name__ == "__main__":
    main()
