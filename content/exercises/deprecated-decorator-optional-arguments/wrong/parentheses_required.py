import functools
import warnings


def deprecated(func=None, *, since=None, reason=None):
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

    return decorator
