# Time O(n), space O(n): a monotonic stack of indices still waiting for a warmer day;
# each index is pushed and popped at most once.
def days_until_warmer(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting: list[int] = []
    for today, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            day = waiting.pop()
            answer[day] = today - day
        waiting.append(today)
    return answer
