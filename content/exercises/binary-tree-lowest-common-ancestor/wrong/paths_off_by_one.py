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


def _path(root, target):
    stack = [(root, [root.val])]
    while stack:
        node, path = stack.pop()
        if node.val == target:
            return path
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, path + [child.val]))
    return []


def lowest_common_ancestor(tree, p, q):
    root = build_tree(tree)
    a, b = _path(root, p), _path(root, q)
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return a[max(i - 2, 0)]
