import math
from numbers import Real


class Vector:
    """Immutable n-dimensional vector of floats."""

    __slots__ = ("_components",)

    def __init__(self, *components):
        if not components:
            raise ValueError("a vector needs at least one component")
        object.__setattr__(self, "_components", tuple(float(c) for c in components))

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __repr__(self):
        return f"Vector({', '.join(repr(c) for c in self._components)})"

    def __len__(self):
        return len(self._components)

    def __iter__(self):
        return iter(self._components)

    def __getitem__(self, index):
        return self._components[index]

    def _check(self, other):
        if len(other) != len(self):
            raise ValueError("vectors must have the same length")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if not isinstance(k, Real):
            return NotImplemented
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        if not isinstance(k, Real):
            return NotImplemented
        return Vector(*(a / k for a in self))

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return float(sum(a * b for a, b in zip(self, other)))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.hypot(*self._components)

    def __bool__(self):
        return any(self._components)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._components == other._components

    def __hash__(self):
        return hash(self._components)
