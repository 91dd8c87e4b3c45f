# append/prepend/len O(1); delete/find/reverse/to_list O(n) time, O(1) extra space
# (to_list needs O(n) for its result). head, tail and size are kept in sync.
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
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def prepend(self, value) -> None:
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1

    def delete(self, value) -> bool:
        prev, cur = None, self.head
        while cur is not None and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            return False
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next
        if cur is self.tail:
            self.tail = prev
        self.size -= 1
        return True

    def find(self, value) -> int:
        for index, node_value in enumerate(self._values()):
            if node_value == value:
                return index
        return -1

    def reverse(self) -> None:
        prev, cur = None, self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head, self.tail = self.tail, self.head

    def to_list(self) -> list:
        return list(self._values())

    def __len__(self) -> int:
        return self.size

    def _values(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
