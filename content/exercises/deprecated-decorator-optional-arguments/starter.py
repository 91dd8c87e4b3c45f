import functools
import warnings


def deprecated(func=None, *, since=None, reason=None):
    """Mark func as deprecated; usable as @deprecated or @deprecated(since=..., reason=...)."""
    raise NotImplementedError
