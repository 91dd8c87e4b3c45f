from collections import namedtuple

Call = namedtuple("Call", "args kwargs")


class Spy:
    """A callable test double that records its calls."""

    def __init__(self, wrapped=None, *, return_value=None, side_effect=None):
        raise NotImplementedError

    def __call__(self, *args, **kwargs):
        raise NotImplementedError
