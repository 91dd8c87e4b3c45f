def k_closest(points, k):
    remaining = list(points)
    result = []
    for _ in range(k):
        best = 0
        for i in range(1, len(remaining)):
            x, y = remaining[i]
            bx, by = remaining[best]
            if x * x + y * y < bx * bx + by * by:
                best = i
        result.append(remaining.pop(best))
    return result
