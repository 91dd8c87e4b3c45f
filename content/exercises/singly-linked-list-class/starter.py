class Node:
    """One link of the chain: a value and a reference to the next node."""

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    """A singly linked list with head and tail references."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value) -> None:
        raise NotImplementedError

    def prepend(self, value) -> None:
        raise NotImplementedError

    def delete(self, value) -> bool:
        raise NotImplementedError

    def find(self, value) -> int:
        raise NotImplementedError

    def reverse(self) -> None:
        raise NotImplementedError

    def to_list(self) -> list:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError
