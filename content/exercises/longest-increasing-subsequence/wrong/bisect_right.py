from bisect import bisect_right


def lis_length(nums: list[int]) -> int:
    tails = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
