from collections import Counter


def least_intervals(tasks, cooldown):
    counts = Counter(tasks)
    top = max(counts.values())
    return max(len(tasks), (top - 1) * (cooldown + 1) + 1)
