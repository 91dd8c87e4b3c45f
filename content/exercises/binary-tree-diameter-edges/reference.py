# Time O(n), space O(h): post-order recursion returning heights, tracking the best sum.

from collections import deque


class TreeNode:
    """A binary tree node."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build_tree(level_order):
    """Build a tree from a level-order list (None = missing child); return the root."""
    if not level_order or level_order[0] is None:
        return None
    root = TreeNode(level_order[0])
    queue = deque([root])
    i = 1
    while queue and i < len(level_order):
        node = queue.popleft()
        if i < len(level_order) and level_order[i] is not None:
            node.left = TreeNode(level_order[i])
            queue.append(node.left)
        i += 1
        if i < len(level_order) and level_order[i] is not None:
            node.right = TreeNode(level_order[i])
            queue.append(node.right)
        i += 1
    return root


def diameter(tree):
    """Return the number of edges on the longest path between two nodes."""
    best = 0

    def height(node):
        """Number of nodes on the longest downward path from node (0 for None)."""
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)     # edges of the path bending at node
        return 1 + max(left, right)

    height(build_tree(tree))
    return best
