# Time O(n), space O(n): a stack of indices with increasing heights; each bar is pushed and
# popped once, and when popped its rectangle spans from the new stack top to the current index.
def largest_rectangle(heights: list[int]) -> int:
    stack: list[int] = []
    best = 0
    for i, h in enumerate(heights + [0]):  # the 0 sentinel flushes the stack at the end
        while stack and heights[stack[-1]] >= h:
            height = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, height * (i - left))
        stack.append(i)
    return best
