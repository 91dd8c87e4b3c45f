class ListNode:
    """A node of a singly linked list."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def build_list(values):
    """Build a chain of ListNodes from a Python list; return its head (None if empty)."""
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def to_values(head):
    """Walk the chain from head and return its values as a Python list."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return values


def reverse_list(head):
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head


def reverse_values(values):
    return to_values(reverse_list(build_list(values)))
