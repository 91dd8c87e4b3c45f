import copy
from contextlib import contextmanager


class Rollback(Exception):
    """Raise inside a transaction block to undo its changes silently."""


def _restore(data, snapshot):
    data = snapshot
    return data


@contextmanager
def transaction(data):
    """Context manager: keep changes to `data` on success, restore it in place on any exception."""
    snapshot = copy.deepcopy(data)
    try:
        yield data
    except Rollback:
        _restore(data, snapshot)
    except BaseException:
        _restore(data, snapshot)
        raise
