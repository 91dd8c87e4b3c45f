# add: O(log n) time; median: O(1) time; space O(n). Two heaps hold the lower half
# (as a max-heap of negated values) and the upper half (a min-heap).
import heapq


class MedianTracker:
    """Track the median of a growing collection of integers."""

    def __init__(self):
        self._low = []    # negated values; -self._low[0] is the largest of the lower half
        self._high = []   # the upper half; self._high[0] is its smallest value

    def add(self, num: int) -> None:
        # Route through the lower half so every low value stays <= every high value.
        heapq.heappush(self._low, -num)
        heapq.heappush(self._high, -heapq.heappop(self._low))
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self) -> float:
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2
