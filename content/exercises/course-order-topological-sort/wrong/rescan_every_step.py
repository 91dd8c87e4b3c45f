def course_order(n, prerequisites):
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        missing[course] += 1
    taken = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for c in range(n):
            if not taken[c] and missing[c] == 0:
                pick = c
                break
        if pick == -1:
            return []
        taken[pick] = True
        order.append(pick)
        for nxt in unlocks[pick]:
            missing[nxt] -= 1
    return order
