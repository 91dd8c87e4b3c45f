from collections import Counter
import heapq


# Time O(n log k), space O(n): count once, then keep the k largest counts in a heap.
def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    return heapq.nlargest(k, counts, key=counts.__getitem__)
