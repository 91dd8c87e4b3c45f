# Amortised O(1) per operation, space O(n): each value is pushed onto the inbox once,
# moved to the outbox once and popped once.
class StackQueue:
    def __init__(self) -> None:
        self._inbox: list[int] = []
        self._outbox: list[int] = []

    def enqueue(self, value: int) -> None:
        self._inbox.append(value)

    def _refill(self) -> None:
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self) -> int:
        self._refill()
        return self._outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self._outbox[-1]

    def size(self) -> int:
        return len(self._inbox) + len(self._outbox)
