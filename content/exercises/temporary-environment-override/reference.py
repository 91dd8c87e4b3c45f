# Time O(k) for k changed keys on entry and on exit, space O(k) for the saved values.
from contextlib import contextmanager

_MISSING = object()


@contextmanager
def temporary_env(env, changes):
    """Apply `changes` to `env` inside a with block and restore those keys afterwards."""
    saved = {key: env.get(key, _MISSING) for key in changes}
    try:
        for key, value in changes.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        yield env
    finally:
        for key, old in saved.items():
            if old is _MISSING:
                env.pop(key, None)
            else:
                env[key] = old
