from collections import deque

def window_maxima(nums, k):
    window = deque()
    result = []
    for i, x in enumerate(nums):
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        if i >= k - 1:
            result.append(window[0])
    return result
