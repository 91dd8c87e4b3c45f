import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
values = data[2:2 + n]
counts = {}
answers = []
for i, value in enumerate(values):
    counts[value] = counts.get(value, 0) + 1
    if i >= k:
        counts[values[i - k]] -= 1
    if i >= k - 1:
        answers.append(len(counts))
print(" ".join(map(str, answers)))
