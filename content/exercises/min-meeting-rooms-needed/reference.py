# Time O(n log n), space O(n): sort by start, min-heap of end times of busy rooms.
import heapq


def min_rooms(meetings: list[list[int]]) -> int:
    """Return the fewest rooms that can host all meetings without clashes."""
    busy_until: list[int] = []
    for start, end in sorted(meetings):
        if busy_until and busy_until[0] <= start:
            heapq.heapreplace(busy_until, end)   # reuse the room that frees up first
        else:
            heapq.heappush(busy_until, end)
    return len(busy_until)
