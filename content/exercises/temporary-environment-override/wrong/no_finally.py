from contextlib import contextmanager

_MISSING = object()


@contextmanager
def temporary_env(env, changes):
    saved = {key: env.get(key, _MISSING) for key in changes}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    yield env
    for key, old in saved.items():
        if old is _MISSING:
            env.pop(key, None)
        else:
            env[key] = old
