import unittest

from solution import Vector


class VectorTests(unittest.TestCase):
    def test_repr_and_float_storage(self):
        self.assertEqual(repr(Vector(1, 2.5)), "Vector(1.0, 2.5)")
        self.assertEqual(repr(Vector(-3)), "Vector(-3.0)")

    def test_needs_components(self):
        with self.assertRaises(ValueError):
            Vector()

    def test_sequence_protocol(self):
        v = Vector(3, 4, 5)
        self.assertEqual(len(v), 3)
        self.assertEqual(list(v), [3.0, 4.0, 5.0])
        self.assertEqual(v[0], 3.0)
        self.assertEqual(v[-1], 5.0)

    def test_slice_is_vector(self):
        v = Vector(1, 2, 3, 4)
        self.assertEqual(v[1:3], Vector(2, 3))
        self.assertIsInstance(v[:1], Vector)
        self.assertEqual(v[::2], Vector(1, 3))

    def test_add_sub(self):
        self.assertEqual(Vector(3, 4) + Vector(1, -2), Vector(4, 2))
        self.assertEqual(Vector(3, 4) - Vector(1, -2), Vector(2, 6))

    def test_length_mismatch(self):
        with self.assertRaises(ValueError):
            Vector(1, 2) + Vector(1, 2, 3)
        with self.assertRaises(ValueError):
            Vector(1) @ Vector(1, 2)

    def test_scaling_both_sides(self):
        self.assertEqual(Vector(3, 4) * 2, Vector(6, 8))
        self.assertEqual(2 * Vector(3, 4), Vector(6, 8))
        self.assertEqual(Vector(3, 4) * 0.5, Vector(1.5, 2))
        self.assertEqual(Vector(3, 6) / 3, Vector(1, 2))

    def test_dot_product(self):
        self.assertEqual(Vector(3, 4) @ Vector(1, -2), -5.0)
        self.assertIsInstance(Vector(1) @ Vector(2), float)

    def test_neg_abs(self):
        self.assertEqual(-Vector(1, -2), Vector(-1, 2))
        self.assertEqual(abs(Vector(3, 4)), 5.0)
        self.assertAlmostEqual(abs(Vector(1, 1, 1, 1)), 2.0)

    def test_equality_and_hash(self):
        self.assertEqual(Vector(1, 2), Vector(1.0, 2.0))
        self.assertNotEqual(Vector(1, 2), Vector(2, 1))
        self.assertNotEqual(Vector(1, 2), (1.0, 2.0), "a Vector is not equal to a tuple")
        self.assertEqual(len({Vector(1, 2), Vector(1.0, 2.0), Vector(0, 0)}), 2)
        self.assertEqual({Vector(1, 2): "a"}[Vector(1, 2)], "a")

    def test_truthiness(self):
        self.assertFalse(bool(Vector(0, 0)), "the zero vector is falsy")
        self.assertFalse(Vector(0.0))
        self.assertTrue(Vector(0, 0.1))

    def test_unsupported_operands(self):
        v = Vector(1, 2)
        for op in (lambda: v + 1, lambda: 1 + v, lambda: v - [1, 2], lambda: v * "a",
                   lambda: "a" * v, lambda: v @ 3, lambda: v / v):
            with self.assertRaises(TypeError):
                op()

    def test_immutable(self):
        v = Vector(1, 2)
        with self.assertRaises(AttributeError):
            v.x = 5
        w = v + Vector(1, 1)
        self.assertEqual(v, Vector(1, 2), "operators must not modify their operands")
        self.assertIsNot(w, v)


if __name__ == "__main__":
    unittest.main()
