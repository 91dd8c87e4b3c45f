class MinStack:
    """A stack of integers whose minimum is available in O(1)."""

    def __init__(self) -> None:
        pass

    def push(self, value: int) -> None:
        raise NotImplementedError

    def pop(self) -> int:
        raise NotImplementedError

    def top(self) -> int:
        raise NotImplementedError

    def get_min(self) -> int:
        raise NotImplementedError

    def size(self) -> int:
        raise NotImplementedError
