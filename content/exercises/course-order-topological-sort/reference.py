# Time O((n + e) log n), space O(n + e): Kahn's topological sort with a min-heap.
import heapq


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    """Return the order of courses (smallest available first), or [] if impossible."""
    unlocks = [[] for _ in range(n)]
    missing = [0] * n                      # prerequisites not yet taken
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        missing[course] += 1
    available = [c for c in range(n) if missing[c] == 0]
    heapq.heapify(available)
    order = []
    while available:
        course = heapq.heappop(available)
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heapq.heappush(available, nxt)
    return order if len(order) == n else []
