from contextlib import contextmanager


@contextmanager
def temporary_env(env, changes):
    saved = dict(env)
    try:
        for key, value in changes.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        yield env
    finally:
        env.update({k: v for k, v in saved.items() if k in changes})
