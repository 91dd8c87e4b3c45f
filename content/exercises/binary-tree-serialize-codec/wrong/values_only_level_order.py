class TreeNode:
    """A binary tree node."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

from collections import deque


def serialize(root):
    out, queue = [], deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        out.append(str(node.val))
        for child in (node.left, node.right):
            if child is not None:
                queue.append(child)
    return ",".join(out)


def deserialize(data):
    if not data:
        return None
    nodes = [TreeNode(int(t)) for t in data.split(",")]
    for i, node in enumerate(nodes):
        if 2 * i + 1 < len(nodes):
            node.left = nodes[2 * i + 1]
        if 2 * i + 2 < len(nodes):
            node.right = nodes[2 * i + 2]
    return nodes[0]
