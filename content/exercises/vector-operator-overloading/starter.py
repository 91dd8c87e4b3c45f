class Vector:
    """Immutable n-dimensional vector of floats."""

    def __init__(self, *components):
        raise NotImplementedError
