from contextlib import contextmanager


def temporary_env(env, changes):
    """Apply `changes` to `env` inside a with block and restore those keys afterwards."""
    raise NotImplementedError
