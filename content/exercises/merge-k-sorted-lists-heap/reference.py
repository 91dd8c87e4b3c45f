# Time O(N log k), space O(k) besides the output: a min-heap of each list's front value.
import heapq


def merge_k_sorted(lists: list[list[int]]) -> list[int]:
    """Merge k individually sorted lists into one sorted list."""
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, pos = heapq.heappop(heap)
        merged.append(value)
        if pos + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][pos + 1], i, pos + 1))
    return merged
