import heapq


def merge_k_sorted(lists):
    heap = []
    for lst in lists:
        it = iter(lst)
        first = next(it, None)
        if first is not None:
            heap.append((first, it))
    heapq.heapify(heap)
    out = []
    while heap:
        value, it = heapq.heappop(heap)
        out.append(value)
        nxt = next(it, None)
        if nxt is not None:
            heapq.heappush(heap, (nxt, it))
    return out
