# Time O(n), space O(1): find the middle, reverse the second half, compare the halves.

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


def is_palindrome(head):
    """Return True if the chain's values read the same in both directions."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    # slow is the middle (odd) or the start of the second half (even); reverse from it.
    prev = None
    while slow is not None:
        slow.next, prev, slow = prev, slow, slow.next
    left, right = head, prev
    while right is not None:
        if left.val != right.val:
            return False
        left, right = left.next, right.next
    return True


def is_palindrome_values(values):
    """Called by the judge: do not change."""
    return is_palindrome(build_list(values))
