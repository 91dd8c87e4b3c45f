from contextlib import contextmanager


class Rollback(Exception):
    """Raise inside a transaction block to undo its changes silently."""


def transaction(data):
    """Context manager: keep changes to `data` on success, restore it in place on any exception."""
    raise NotImplementedError
