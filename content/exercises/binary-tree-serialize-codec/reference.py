# Time O(n), space O(n) for both directions: level order with '#' for missing
# children, driven by a deque (no recursion, so depth does not matter).
from collections import deque

class TreeNode:
    """A binary tree node."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


EMPTY = "#"


def serialize(root):
    """Encode the tree rooted at root as a string."""
    tokens = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            tokens.append(EMPTY)
            continue
        tokens.append(str(node.val))
        queue.append(node.left)
        queue.append(node.right)
    while tokens and tokens[-1] == EMPTY:    # trailing markers carry no information
        tokens.pop()
    return ",".join(tokens)


def deserialize(data):
    """Rebuild a new tree from a string made by serialize; return its root."""
    if not data:
        return None
    tokens = iter(data.split(","))
    root = TreeNode(int(next(tokens)))
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for side in ("left", "right"):
            token = next(tokens, EMPTY)
            if token != EMPTY:
                child = TreeNode(int(token))
                setattr(node, side, child)
                queue.append(child)
    return root
