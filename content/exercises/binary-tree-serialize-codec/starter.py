class TreeNode:
    """A binary tree node."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def serialize(root):
    """Encode the tree rooted at root as a string."""
    raise NotImplementedError


def deserialize(data):
    """Rebuild a new tree from a string made by serialize; return its root."""
    raise NotImplementedError
