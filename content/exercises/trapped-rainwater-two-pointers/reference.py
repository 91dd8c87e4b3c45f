# Time O(n), space O(1): two indices with running maxima; the side with the lower running
# maximum is bounded by it, so that side's bar can be settled and the index moved inwards.
def trapped_water(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        left_max = max(left_max, heights[left])
        right_max = max(right_max, heights[right])
        if left_max <= right_max:
            water += left_max - heights[left]
            left += 1
        else:
            water += right_max - heights[right]
            right -= 1
    return water
