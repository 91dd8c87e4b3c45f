import heapq


def k_closest(points, k):
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
