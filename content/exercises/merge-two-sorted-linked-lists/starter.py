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


def merge_lists(l1, l2):
    """Merge two sorted chains by relinking their nodes; return the new head."""
    raise NotImplementedError


def merge_values(a, b):
    """Called by the judge: do not change."""
    return to_values(merge_lists(build_list(a), build_list(b)))
