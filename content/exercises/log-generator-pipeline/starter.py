LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def parse(lines):
    """Yield (timestamp, level, message) for every well-formed line."""
    raise NotImplementedError


def at_least(records, level):
    """Yield records whose level is `level` or more severe."""
    raise NotImplementedError


def dedupe(records):
    """Yield records, dropping consecutive repeats of the same message."""
    raise NotImplementedError


def pipeline(lines, level):
    """Compose the stages: dedupe(at_least(parse(lines), level))."""
    raise NotImplementedError
