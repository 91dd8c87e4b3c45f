import sys


# Time O(n), space O(k): a sliding window with a dict of counts; a key is deleted when
# its count reaches zero, so len(counts) is the number of distinct values.
def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(token) for token in data[2:2 + n]]
    counts: dict[int, int] = {}
    answers = []
    for i, value in enumerate(values):
        counts[value] = counts.get(value, 0) + 1
        if i >= k:
            old = values[i - k]
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
        if i >= k - 1:
            answers.append(len(counts))
    print(" ".join(map(str, answers)))


if __name__ == "__main__":
    main()
