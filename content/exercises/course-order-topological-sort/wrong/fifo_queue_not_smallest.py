from collections import deque


def course_order(n, prerequisites):
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        missing[course] += 1
    queue = deque(c for c in range(n) if missing[c] == 0)
    order = []
    while queue:
        course = queue.popleft()
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == n else []
