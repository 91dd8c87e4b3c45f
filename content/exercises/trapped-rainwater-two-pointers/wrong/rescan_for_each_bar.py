def trapped_water(heights):
    water = 0
    for i, h in enumerate(heights):
        level = min(max(heights[:i + 1]), max(heights[i:]))
        water += level - h
    return water
