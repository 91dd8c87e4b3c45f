# Time O(k) per exception for k listed types (issubclass against a tuple), space O(k).
import logging


class suppress_and_log:
    """Suppress the given exception types inside a with block, logging each one."""

    def __init__(self, logger, *exceptions, level=logging.WARNING):
        if not exceptions:
            raise ValueError("give at least one exception type to suppress")
        self.logger = logger
        self.exceptions = exceptions
        self.level = level
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None or not issubclass(exc_type, self.exceptions):
            return False
        self.exception = exc
        self.logger.log(
            self.level,
            "suppressed %s: %s",
            exc_type.__name__,
            exc,
            exc_info=(exc_type, exc, tb),
        )
        return True
