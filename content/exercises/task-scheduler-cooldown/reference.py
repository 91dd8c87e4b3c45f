# Time O(len(tasks)), space O(1) (at most 26 task types): counting plus a closed form.
from collections import Counter


def least_intervals(tasks: list[str], cooldown: int) -> int:
    """Return the fewest time slots needed to run all tasks with the cooldown rule."""
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    # The most frequent types form top - 1 full frames of cooldown + 1 slots plus a last
    # partial frame; other tasks fill gaps, and if gaps run out, no idling is needed at all.
    return max(len(tasks), (top - 1) * (cooldown + 1) + tied)
