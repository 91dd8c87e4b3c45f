import sys
from collections import Counter

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
counts = Counter(map(int, data[2:2 + n]))
print(sum(c * counts.get(v + k, 0) for v, c in counts.items()))
