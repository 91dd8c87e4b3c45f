# Time O(n log k), space O(k): a min-heap holding the k largest values seen so far.
import heapq


def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest value of nums (duplicates count separately)."""
    heap = nums[:k]
    heapq.heapify(heap)
    for value in nums[k:]:
        if value > heap[0]:
            heapq.heapreplace(heap, value)   # drop the smallest of the current top k
    return heap[0]
