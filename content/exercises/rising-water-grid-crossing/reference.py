# Time O(N*M log(N*M)), space O(N*M): Dijkstra where a route costs its highest cell.
import heapq


def earliest_crossing(heights: list[list[int]]) -> int:
    """Return the earliest time at which the bottom-right cell is reachable by swimming."""
    rows, cols = len(heights), len(heights[0])
    heap = [(heights[0][0], 0, 0)]
    done = set()
    while heap:
        level, r, c = heapq.heappop(heap)
        if (r, c) in done:
            continue
        if (r, c) == (rows - 1, cols - 1):
            return level
        done.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in done:
                heapq.heappush(heap, (max(level, heights[nr][nc]), nr, nc))
    raise AssertionError("the target is always reachable eventually")
