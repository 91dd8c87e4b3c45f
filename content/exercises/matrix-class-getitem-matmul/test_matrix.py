import unittest

from solution import Matrix


class MatrixTests(unittest.TestCase):
    def test_shape(self):
        self.assertEqual(Matrix([[1, 2, 3]]).shape, (1, 3))
        self.assertEqual(Matrix([[1], [2]]).shape, (2, 1))

    def test_invalid_construction(self):
        for rows in ([], [[]], [[1, 2], [3]]):
            with self.assertRaises(ValueError, msg=f"Matrix({rows!r}) must raise"):
                Matrix(rows)

    def test_getitem_element_and_row(self):
        m = Matrix([[1, 2], [3, 4]])
        self.assertEqual(m[1, 0], 3)
        self.assertEqual(m[-1, -1], 4)
        self.assertEqual(m[0], (1, 2))
        self.assertIsInstance(m[0], tuple)

    def test_index_errors(self):
        m = Matrix([[1, 2]])
        with self.assertRaises(IndexError):
            m[1, 0]
        with self.assertRaises(IndexError):
            m[0, 2]

    def test_setitem(self):
        m = Matrix([[1, 2], [3, 4]])
        m[0, 1] = 9
        self.assertEqual(m.tolist(), [[1, 9], [3, 4]])

    def test_copies_input(self):
        rows = [[1, 2], [3, 4]]
        m = Matrix(rows)
        rows[0][0] = 100
        self.assertEqual(m[0, 0], 1, "changing the input lists must not change the matrix")
        m[1, 1] = -1
        self.assertEqual(rows[1][1], 4, "changing the matrix must not change the input lists")

    def test_tolist_is_a_copy(self):
        m = Matrix([[1]])
        m.tolist()[0][0] = 5
        self.assertEqual(m[0, 0], 1)

    def test_matmul_square(self):
        a = Matrix([[1, 2], [3, 4]])
        b = Matrix([[0, 1], [1, 0]])
        self.assertEqual((a @ b).tolist(), [[2, 1], [4, 3]])
        self.assertEqual((b @ a).tolist(), [[3, 4], [1, 2]])

    def test_matmul_non_square(self):
        a = Matrix([[1, 2, 3], [4, 5, 6]])
        b = Matrix([[7, 8], [9, 10], [11, 12]])
        self.assertEqual((a @ b).tolist(), [[58, 64], [139, 154]])
        self.assertEqual((b @ a).shape, (3, 3))
        self.assertEqual(Matrix([[1, 2, 3]]) @ Matrix([[1], [1], [1]]), Matrix([[6]]))

    def test_matmul_shape_mismatch(self):
        with self.assertRaises(ValueError):
            Matrix([[1, 2]]) @ Matrix([[1, 2]])

    def test_matmul_type_error(self):
        with self.assertRaises(TypeError):
            Matrix([[1]]) @ 3
        with self.assertRaises(TypeError):
            Matrix([[1]]) @ [[1]]

    def test_identity(self):
        self.assertEqual(Matrix.identity(3).tolist(), [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        a = Matrix([[2, -1], [0.5, 3]])
        self.assertEqual(a @ Matrix.identity(2), a)
        self.assertEqual(Matrix.identity(2) @ a, a)

    def test_add_and_transpose(self):
        a = Matrix([[1, 2, 3], [4, 5, 6]])
        self.assertEqual((a + a).tolist(), [[2, 4, 6], [8, 10, 12]])
        self.assertEqual(a.transpose().tolist(), [[1, 4], [2, 5], [3, 6]])
        with self.assertRaises(ValueError):
            a + a.transpose()

    def test_equality_and_repr(self):
        self.assertEqual(Matrix([[1, 2]]), Matrix([[1, 2]]))
        self.assertNotEqual(Matrix([[1, 2]]), Matrix([[1], [2]]))
        self.assertNotEqual(Matrix([[1]]), [[1]])
        self.assertEqual(repr(Matrix([[1, 2], [3, 4]])), "Matrix([[1, 2], [3, 4]])")

    def test_product_properties(self):
        a = Matrix([[(i * 7 + j * 3) % 5 - 2 for j in range(6)] for i in range(4)])
        b = Matrix([[(i + 2 * j) % 4 for j in range(3)] for i in range(6)])
        self.assertEqual((a @ b).transpose(), b.transpose() @ a.transpose(),
                         "(AB)^T must equal B^T A^T")


if __name__ == "__main__":
    unittest.main()
