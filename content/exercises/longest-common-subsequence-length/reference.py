def lcs_length(a: str, b: str) -> int:
    # Time O(len(a) * len(b)), space O(len(b)): the classic table, one row at
    # a time. prev[j] is the LCS of a[:i-1] and b[:j]; curr is row i.
    prev = [0] * (len(b) + 1)
    for ch in a:
        curr = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                curr[j] = prev[j - 1] + 1
            else:
                curr[j] = max(prev[j], curr[j - 1])
        prev = curr
    return prev[-1]
