# Time O(n), space O(1): one pass turning every next pointer around.

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
    """Reverse the chain starting at head in place; return the new head."""
    prev = None
    cur = head
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev, cur = cur, nxt
    return prev


def reverse_values(values):
    """Called by the judge: do not change."""
    return to_values(reverse_list(build_list(values)))
