from collections import deque


# Time O(n), space O(k): a deque of indices with decreasing values; each index enters
# and leaves the deque at most once, and the front is always the window's maximum.
def window_maxima(nums: list[int], k: int) -> list[int]:
    candidates: deque[int] = deque()
    maxima = []
    for i, value in enumerate(nums):
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()
        if i >= k - 1:
            maxima.append(nums[candidates[0]])
    return maxima
