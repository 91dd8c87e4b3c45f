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


def build_with_cycle(values, pos):
    """Build the chain; if pos >= 0, link the last node back to the node at index pos."""
    head = build_list(values)
    if pos >= 0 and head is not None:
        target, tail = None, head
        index = 0
        while True:
            if index == pos:
                target = tail
            if tail.next is None:
                break
            tail = tail.next
            index += 1
        tail.next = target
    return head


def detect_cycle(head):
    """Return the first node of the cycle reachable from head, or None."""
    raise NotImplementedError


def cycle_entry_index(values, pos):
    """Called by the judge: do not change."""
    head = build_with_cycle(values, pos)
    found = detect_cycle(head)
    if found is None:
        return -1
    node = head
    for index in range(len(values)):
        if node is found:
            return index
        node = node.next
    return -2  # the returned node is not part of the list
