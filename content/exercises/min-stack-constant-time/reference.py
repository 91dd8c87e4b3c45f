# Every operation is O(1) time; space O(n): each entry stores its value together with the
# minimum of the stack at the moment it was pushed.
class MinStack:
    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []  # (value, minimum so far)

    def push(self, value: int) -> None:
        current_min = min(value, self._items[-1][1]) if self._items else value
        self._items.append((value, current_min))

    def pop(self) -> int:
        return self._items.pop()[0]

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]

    def size(self) -> int:
        return len(self._items)
