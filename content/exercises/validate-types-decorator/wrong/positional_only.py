import functools
import inspect
import types
import typing


def _checkable(annotation):
    """Return something usable with isinstance, or None if the annotation is ignored."""
    if annotation is None:
        return type(None)
    if annotation is typing.Any or annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, types.UnionType):
        return annotation
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        return annotation
    return None


def _name(expected):
    return getattr(expected, "__name__", None) or str(expected)


def validate_types(func):
    """Check call arguments and the return value against func's simple annotations."""
    sig = inspect.signature(func)
    checks = {}
    for param in sig.parameters.values():
        expected = _checkable(param.annotation)
        if expected is not None:
            checks[param.name] = (param.kind, expected)
    return_type = _checkable(sig.return_annotation)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        sig.bind(*args, **kwargs)
        for name, value in zip(sig.parameters, args):
            if name not in checks:
                continue
            kind, expected = checks[name]
            if kind is inspect.Parameter.VAR_POSITIONAL:
                values = value
            elif kind is inspect.Parameter.VAR_KEYWORD:
                values = value.values()
            else:
                values = (value,)
            for item in values:
                if not isinstance(item, expected):
                    raise TypeError(
                        f"argument {name!r} must be {_name(expected)}, "
                        f"got {type(item).__name__}"
                    )
        result = func(*args, **kwargs)
        if return_type is not None and not isinstance(result, return_type):
            raise TypeError(
                f"return value must be {_name(return_type)}, got {type(result).__name__}"
            )
        return result

    return wrapper
