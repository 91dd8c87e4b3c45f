from collections import Counter


def least_intervals(tasks, cooldown):
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (cooldown + 1) + tied
