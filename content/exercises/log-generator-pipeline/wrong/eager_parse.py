LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
SEVERITY = {name: rank for rank, name in enumerate(LEVELS)}


def parse(lines):
    """Yield (timestamp, level, message) for every well-formed line."""
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(maxsplit=2)
        if len(parts) < 2 or parts[1] not in SEVERITY:
            continue
        try:
            timestamp = int(parts[0])
        except ValueError:
            continue
        message = parts[2].strip() if len(parts) == 3 else ""
        out.append((timestamp, parts[1], message))
    return iter(out)


def at_least(records, level):
    """Yield records whose level is `level` or more severe."""
    threshold = SEVERITY[level]
    for record in records:
        if SEVERITY[record[1]] >= threshold:
            yield record


def dedupe(records):
    """Yield records, dropping consecutive repeats of the same message."""
    previous = object()
    for record in records:
        if record[2] != previous:
            previous = record[2]
            yield record


def pipeline(lines, level):
    """Compose the stages: dedupe(at_least(parse(lines), level))."""
    return dedupe(at_least(parse(lines), level))
