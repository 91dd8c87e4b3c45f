# a @ b is O(n*m*p) time for (n x m) @ (m x p) and O(n*p) space; indexing is O(1); + and transpose O(n*m).


class Matrix:
    """A small dense matrix of numbers."""

    def __init__(self, rows):
        if not rows or not rows[0]:
            raise ValueError("a matrix needs at least one row and one column")
        width = len(rows[0])
        if any(len(row) != width for row in rows):
            raise ValueError("all rows must have the same length")
        self._rows = [list(row) for row in rows]

    @classmethod
    def identity(cls, n):
        if n < 1:
            raise ValueError("n must be at least 1")
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self._rows[i][j]
        return tuple(self._rows[key])

    def __setitem__(self, key, value):
        i, j = key
        self._rows[i][j] = value

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        columns = list(zip(*other._rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in columns]
                       for row in self._rows])

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError("shapes differ")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self._rows, other._rows)])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self._rows)])

    def tolist(self):
        return [list(row) for row in self._rows]

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._rows == other._rows

    __hash__ = None  # mutable, so unhashable

    def __repr__(self):
        return f"Matrix({self.tolist()!r})"
