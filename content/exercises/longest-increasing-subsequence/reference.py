from bisect import bisect_left


def lis_length(nums: list[int]) -> int:
    # Time O(n log n), space O(n): tails[k] is the smallest tail value of any
    # strictly increasing subsequence of length k + 1; it stays sorted, so each
    # value finds its place by binary search.
    tails: list[int] = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
