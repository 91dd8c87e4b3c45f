# Time O(n), space O(1): two indices from the ends; always move the shorter wall inwards.
def max_water(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        if heights[left] < heights[right]:
            best = max(best, (right - left) * heights[left])
            left += 1
        else:
            best = max(best, (right - left) * heights[right])
            right -= 1
    return best
