class StackQueue:
    """A FIFO queue implemented with two list-based stacks."""

    def __init__(self) -> None:
        pass

    def enqueue(self, value: int) -> None:
        raise NotImplementedError

    def dequeue(self) -> int:
        raise NotImplementedError

    def peek(self) -> int:
        raise NotImplementedError

    def size(self) -> int:
        raise NotImplementedError
