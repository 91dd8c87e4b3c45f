# Time O(1) extra per call (one warnings.warn), space O(1) per decorated function.
import functools
import warnings


def deprecated(func=None, *, since=None, reason=None):
    """Mark func as deprecated; usable as @deprecated or @deprecated(since=..., reason=...)."""

    def decorator(f):
        message = f"{f.__qualname__} is deprecated"
        if since is not None:
            message += f" since {since}"
        if reason is not None:
            message += f": {reason}"

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return f(*args, **kwargs)

        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
