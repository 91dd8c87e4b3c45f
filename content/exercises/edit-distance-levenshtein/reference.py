def edit_distance(source: str, target: str) -> int:
    # Time O(m * n), space O(n): D[i][j] = edits to turn source[:i] into
    # target[:j]; only the previous row is kept. Row 0 is 0..n insertions and
    # each row starts with i deletions.
    prev = list(range(len(target) + 1))
    for i, s_ch in enumerate(source, start=1):
        curr = [i] + [0] * len(target)
        for j, t_ch in enumerate(target, start=1):
            if s_ch == t_ch:
                curr[j] = prev[j - 1]
            else:
                curr[j] = 1 + min(prev[j],       # delete s_ch
                                  curr[j - 1],   # insert t_ch
                                  prev[j - 1])   # replace s_ch by t_ch
        prev = curr
    return prev[-1]
