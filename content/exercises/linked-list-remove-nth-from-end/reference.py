# Time O(L), space O(1): one pass with two pointers n nodes apart, behind a dummy.

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


def remove_nth_from_end(head, n):
    """Unlink the n-th node from the end of the chain; return the (possibly new) head."""
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(n):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return dummy.next


def remove_nth_values(values, n):
    """Called by the judge: do not change."""
    return to_values(remove_nth_from_end(build_list(values), n))
