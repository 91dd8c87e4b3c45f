"""Round-trip tests for serialize / deserialize."""
import random
import time
import unittest
from collections import deque

from solution import TreeNode, deserialize, serialize


def from_level_order(values):
    """Build nodes (solution.TreeNode) from a level-order list with None gaps."""
    if not values:
        return None
    root = TreeNode(values[0])
    queue, i = deque([root]), 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def shape(root):
    """Level-order list with None gaps, trailing Nones dropped (iterative)."""
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def all_nodes(root):
    out, stack = [], [root] if root is not None else []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in (node.left, node.right) if c is not None)
    return out


def short(values):
    text = repr(values)
    return text if len(text) <= 80 else text[:77] + "..."


def chain(n, side):
    root = node = TreeNode(0)
    for i in range(1, n):
        child = TreeNode(i)
        setattr(node, side, child)
        node = child
    return root


class RoundTripTests(unittest.TestCase):
    def assertRoundTrip(self, values):
        data = serialize(from_level_order(values))
        self.assertIsInstance(data, str, "serialize must return a str")
        got = shape(deserialize(data))
        # compare with == rather than assertEqual: a diff of two huge lists is very slow
        self.assertTrue(got == values,
                        f"round trip of {short(values)} via {data[:60]!r} gave {short(got)}")

    def test_empty_tree(self):
        data = serialize(None)
        self.assertIsInstance(data, str, "serialize(None) must return a str")
        self.assertIsNone(deserialize(data), "an empty tree must come back as None")

    def test_single_node(self):
        self.assertRoundTrip([7])

    def test_example_tree(self):
        self.assertRoundTrip([1, 2, 3, None, None, 4, 5])

    def test_left_child_and_right_child_are_different_trees(self):
        left, right = [1, 2], [1, None, 2]
        self.assertNotEqual(serialize(from_level_order(left)), serialize(from_level_order(right)),
                            "a lone left child and a lone right child must serialize differently")
        self.assertRoundTrip(left)
        self.assertRoundTrip(right)

    def test_negative_zero_and_multi_digit_values(self):
        self.assertRoundTrip([-123, 0, 45678, None, -1, 10, None, None, None, -99999])

    def test_duplicate_values(self):
        self.assertRoundTrip([5, 5, 5, None, 5, 5])

    def test_sparse_irregular_tree(self):
        self.assertRoundTrip([1, None, 2, 3, None, None, 4, 5, 6, None, 7])

    def test_builds_new_nodes(self):
        root = from_level_order([1, 2, 3])
        copy = deserialize(serialize(root))
        original_ids = {id(n) for n in all_nodes(root)}
        self.assertFalse(any(id(n) in original_ids for n in all_nodes(copy)),
                         "deserialize must build new nodes, not return the originals")

    def test_string_carries_the_data(self):
        root = from_level_order([1, 2, 3, 4])
        data = serialize(root)
        root.val, root.left.val = 100, 200
        root.right = None
        self.assertEqual(shape(deserialize(data)), [1, 2, 3, 4],
                         "the string alone must describe the tree as it was when serialized")

    def test_serialize_leaves_tree_unchanged(self):
        values = [4, 2, 6, 1, 3, 5, 7]
        root = from_level_order(values)
        serialize(root)
        self.assertEqual(shape(root), values, "serialize must not modify the tree")

    def test_string_can_be_decoded_twice(self):
        data = serialize(from_level_order([8, 4, 12, 2]))
        a, b = deserialize(data), deserialize(data)
        self.assertIsNot(a, b, "each deserialize call must build its own tree")
        self.assertEqual(shape(a), shape(b))
        self.assertEqual(serialize(a), data, "serializing a decoded tree should give the same string")

    def test_random_trees(self):
        rnd = random.Random(2024)
        for _ in range(200):
            n = rnd.randint(0, 40)
            root, free = None, []
            for _ in range(n):
                node = TreeNode(rnd.randint(-50, 50))
                if root is None:
                    root = node
                else:
                    parent, side = free.pop(rnd.randrange(len(free)))
                    setattr(parent, side, node)
                free += [(node, "left"), (node, "right")]
            values = shape(root)
            self.assertRoundTrip(values)

    def test_deep_chains_do_not_hit_recursion_limit(self):
        for side in ("left", "right"):
            root = chain(5000, side)
            try:
                got = deserialize(serialize(root))
            except RecursionError:
                self.fail(f"a 5000-deep {side} chain raised RecursionError: use an explicit stack or queue")
            self.assertTrue(shape(got) == shape(root), f"a 5000-deep {side} chain changed shape")

    def test_large_tree_is_fast(self):
        values = list(range(30000))
        start = time.perf_counter()
        self.assertRoundTrip(values)
        self.assertLess(time.perf_counter() - start, 1.5, "30,000 nodes should round-trip in well under a second")


if __name__ == "__main__":
    unittest.main()
